package org.ridegrid.scenario;

/**
 * One fleet of identical vehicles.
 *
 * @param initialSocShare mean state of charge at the start, as a share of capacity
 * @param initialSocSpread each vehicle's start charge is drawn uniformly within this share either side
 *     of the mean, clamped to [0, 1]
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
        Placement placement) {
}
