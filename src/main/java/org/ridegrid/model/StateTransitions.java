package org.ridegrid.model;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The legal state changes of a vehicle. Any other change is a bug and fails with both states named. */
final class StateTransitions {
    private static final Map<VehicleState, Set<VehicleState>> ALLOWED = new EnumMap<>(VehicleState.class);

    static {
        // A vehicle that becomes free may go idle, to a rider, to charge, to its depot, back to its owner
        // or off duty (a lent car parked where its owner needs it).
        VehicleState[] available = {VehicleState.IDLE, VehicleState.TO_PICKUP, VehicleState.TO_CHARGER,
            VehicleState.TO_DEPOT, VehicleState.RETURNING_TO_OWNER, VehicleState.OFF_DUTY};
        allow(VehicleState.IDLE, VehicleState.TO_PICKUP, VehicleState.TO_CHARGER, VehicleState.REPOSITIONING,
                VehicleState.TO_DEPOT, VehicleState.RETURNING_TO_OWNER, VehicleState.OFF_DUTY);
        allow(VehicleState.TO_PICKUP, VehicleState.OCCUPIED);
        allow(VehicleState.OCCUPIED, with(available, VehicleState.REPOSITIONING));
        allow(VehicleState.REPOSITIONING, available);
        allow(VehicleState.TO_CHARGER, with(available, VehicleState.CHARGING, VehicleState.QUEUED_FOR_CHARGER));
        allow(VehicleState.QUEUED_FOR_CHARGER, with(available, VehicleState.CHARGING));
        allow(VehicleState.CHARGING, available);
        allow(VehicleState.TO_DEPOT, VehicleState.AT_DEPOT);
        allow(VehicleState.AT_DEPOT, VehicleState.FROM_DEPOT, VehicleState.OFF_DUTY);
        allow(VehicleState.FROM_DEPOT, available);
        allow(VehicleState.RETURNING_TO_OWNER, VehicleState.OFF_DUTY);
        allow(VehicleState.OFF_DUTY, with(available, VehicleState.FROM_DEPOT));
    }

    private static VehicleState[] with(VehicleState[] base, VehicleState... more) {
        VehicleState[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
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
