package org.ridegrid.economics;

/**
 * A fleet's money over a run, in US dollars. Cost is the sum of every cost line, and profit is revenue
 * minus cost. The payback period is the capital cost of one vehicle divided by the mean daily profit of
 * one vehicle. It is undefined (NaN) when that profit is not positive.
 *
 * @param revenue fares of the riders the fleet dropped off
 * @param energy energy bought for charging, at pads, depots and homes
 * @param padCommission commission paid to pad owners
 * @param maintenance maintenance per mile driven by the fleet (owners' own miles excluded)
 * @param insurance insurance per vehicle and day
 * @param cleaning cleaning at each depot visit
 * @param depotLand the fleet's share of its depot's land cost
 * @param ownerShare the share of the fares paid to lent cars' owners
 * @param vehicleDays vehicles times simulated days
 * @param capitalCostPerVehicle what one vehicle costs to buy
 */
public record FleetEconomics(
        double revenue,
        double energy,
        double padCommission,
        double maintenance,
        double insurance,
        double cleaning,
        double depotLand,
        double ownerShare,
        double vehicleDays,
        double capitalCostPerVehicle) {

    public double cost() {
        return energy + padCommission + maintenance + insurance + cleaning + depotLand + ownerShare;
    }

    public double profit() {
        return revenue - cost();
    }

    public double profitPerVehicleDay() {
        return vehicleDays > 0 ? profit() / vehicleDays : Double.NaN;
    }

    /** Returns the days one vehicle's profit takes to repay its capital cost, or NaN when profit is not positive. */
    public double paybackDays() {
        double daily = profitPerVehicleDay();
        return daily > 0 ? capitalCostPerVehicle / daily : Double.NaN;
    }
}
