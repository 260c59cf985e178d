package org.ridegrid.scenario;

/**
 * The owner rules of a fleet of lent private cars.
 *
 * @param noCommuteShare share of owners who do not commute on a given weekday (and lend all day)
 * @param departureQuantileShares cumulative shares of the morning departure-time distribution, rising from 0 to 1
 * @param departureQuantileHours departure times (decimal hours of the day) at those shares; linear in between
 * @param workHoursMean mean hours between the owner's morning departure and evening departure
 * @param workHoursSd standard deviation of those hours
 * @param safetyMarginMinutes the car must be back this long before the owner needs it
 * @param lendAtWork whether the car is lent while parked at the owner's work
 * @param lendOvernight whether the car is lent between the evening return and the next morning
 * @param homeChargerKw power of the owner's home charger, used while the car is at home and not lent
 * @param ownerRevenueShare share of the fares the owner receives
 */
public record LentFleetSpec(
        double noCommuteShare,
        java.util.List<Double> departureQuantileShares,
        java.util.List<Double> departureQuantileHours,
        double workHoursMean,
        double workHoursSd,
        double safetyMarginMinutes,
        boolean lendAtWork,
        boolean lendOvernight,
        double homeChargerKw,
        double ownerRevenueShare) {

    public LentFleetSpec {
        departureQuantileShares = java.util.List.copyOf(departureQuantileShares);
        departureQuantileHours = java.util.List.copyOf(departureQuantileHours);
    }
}
