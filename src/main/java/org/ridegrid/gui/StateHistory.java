package org.ridegrid.gui;

import java.util.ArrayList;
import java.util.List;

import org.ridegrid.model.VehicleState;

/** The last few closed state intervals of every vehicle, for the vehicle inspector. */
final class StateHistory {
    /** Intervals kept per vehicle; older ones are overwritten. */
    static final int KEPT = 6;

    private final byte[] states;
    private final double[] starts;
    private final double[] ends;
    private final int[] counts;

    StateHistory(int vehicles) {
        states = new byte[vehicles * KEPT];
        starts = new double[vehicles * KEPT];
        ends = new double[vehicles * KEPT];
        counts = new int[vehicles];
    }

    void record(int vehicle, VehicleState state, double from, double to) {
        int slot = vehicle * KEPT + counts[vehicle] % KEPT;
        states[slot] = (byte) state.ordinal();
        starts[slot] = from;
        ends[slot] = to;
        counts[vehicle]++;
    }

    /** Returns the vehicle's kept intervals, newest first, as "day 1 07:40:10-07:52:00 occupied". */
    List<String> describe(int vehicle) {
        int kept = Math.min(counts[vehicle], KEPT);
        List<String> lines = new ArrayList<>(kept);
        for (int i = 0; i < kept; i++) {
            int slot = vehicle * KEPT + Math.floorMod(counts[vehicle] - 1 - i, KEPT);
            lines.add(ClockText.dayAndTime(starts[slot]) + "-" + ClockText.timeOfDay(ends[slot]) + " "
                    + VehicleState.of(states[slot]).label());
        }
        return lines;
    }

    int changes(int vehicle) {
        return counts[vehicle];
    }
}
