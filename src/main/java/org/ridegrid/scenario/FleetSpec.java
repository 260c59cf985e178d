package org.ridegrid.scenario;

/**
 * One fleet of identical vehicles.
 *
 * @param initialSocShare mean state of charge at the start, as a share of capacity
 * @param initialSocSpread each vehicle's start charge is drawn uniformly within this share either side
 *     of the mean, clamped to [0, 1]
 * @param operator name of the operator whose riders the fleet serves
 * @param depot depot settings, present only for depot fleets
 * @param lent owner rules, present only for fleets of lent cars
 */
public record FleetSpec(
        String name,
        FleetKind kind,
        int vehicles,
        int seats,
        double batteryKwh,
        double consumptionKwhPerMile,
        double initialSocShare,
        double initialSocSpread,
        Placement placement,
        String operator,
        CostSpec costs,
        DepotFleetSpec depot,
        LentFleetSpec lent) {
}
