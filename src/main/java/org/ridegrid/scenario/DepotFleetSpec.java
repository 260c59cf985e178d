package org.ridegrid.scenario;

/**
 * The depot settings of a depot fleet.
 *
 * @param depot name of the depot the fleet lives in
 * @param serviceRadiusMiles requests are served only when they start within this distance of the depot;
 *     a trip that ends beyond it is followed by an empty return into the service area
 * @param weekdayDuty share of the fleet on duty in each hour of a weekday (0 to 1)
 * @param weekendDuty share of the fleet on duty in each hour of a weekend day
 * @param returnBelowShare an on-duty vehicle below this charge share returns to the depot to charge
 */
public record DepotFleetSpec(
        String depot,
        double serviceRadiusMiles,
        HourProfile weekdayDuty,
        HourProfile weekendDuty,
        double returnBelowShare) {
}
