package org.ridegrid.model;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The legal state changes of a vehicle. Any other change is a bug and fails with both states named. */
final class StateTransitions {
    private static final Map<VehicleState, Set<VehicleState>> ALLOWED = new EnumMap<>(VehicleState.class);

    static {
        allow(VehicleState.IDLE, VehicleState.TO_PICKUP, VehicleState.TO_CHARGER, VehicleState.REPOSITIONING);
        allow(VehicleState.TO_PICKUP, VehicleState.OCCUPIED);
        allow(VehicleState.OCCUPIED, VehicleState.IDLE, VehicleState.TO_PICKUP, VehicleState.TO_CHARGER);
        allow(VehicleState.REPOSITIONING, VehicleState.IDLE, VehicleState.TO_PICKUP, VehicleState.TO_CHARGER);
        allow(VehicleState.TO_CHARGER, VehicleState.CHARGING, VehicleState.QUEUED_FOR_CHARGER,
                VehicleState.IDLE, VehicleState.TO_PICKUP);
        allow(VehicleState.QUEUED_FOR_CHARGER, VehicleState.CHARGING, VehicleState.IDLE, VehicleState.TO_PICKUP);
        allow(VehicleState.CHARGING, VehicleState.IDLE, VehicleState.TO_PICKUP);
    }

    private StateTransitions() {
    }

    private static void allow(VehicleState from, VehicleState... to) {
        Set<VehicleState> targets = EnumSet.noneOf(VehicleState.class);
        targets.addAll(java.util.List.of(to));
        ALLOWED.put(from, targets);
    }

    static void check(Vehicle vehicle, VehicleState from, VehicleState to, double time) {
        Set<VehicleState> targets = ALLOWED.get(from);
        if (targets == null || !targets.contains(to)) {
            throw new IllegalStateException("vehicle " + vehicle.id() + " cannot change from " + from + " to " + to
                    + " at time " + time + " s");
        }
    }
}
