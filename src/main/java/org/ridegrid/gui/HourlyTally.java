package org.ridegrid.gui;

import java.util.Arrays;

/** Pickups, summed waits and abandonments per simulated hour of the run, for the waits chart. */
final class HourlyTally {
    private long[] pickups = new long[24];
    private double[] waitSeconds = new double[24];
    private long[] abandoned = new long[24];
    private int hours;

    void pickup(int hour, double wait) {
        grow(hour);
        pickups[hour]++;
        waitSeconds[hour] += wait;
    }

    void abandonment(int hour) {
        grow(hour);
        abandoned[hour]++;
    }

    /** Returns the mean wait in minutes of the riders picked up in the hour, or NaN when there were none. */
    double meanWaitMinutes(int hour) {
        return hour < hours && pickups[hour] > 0 ? waitSeconds[hour] / pickups[hour] / 60.0 : Double.NaN;
    }

    long abandoned(int hour) {
        return hour < hours ? abandoned[hour] : 0;
    }

    private void grow(int hour) {
        if (hour >= pickups.length) {
            int size = Math.max(hour + 1, pickups.length * 2);
            pickups = Arrays.copyOf(pickups, size);
            waitSeconds = Arrays.copyOf(waitSeconds, size);
            abandoned = Arrays.copyOf(abandoned, size);
        }
        hours = Math.max(hours, hour + 1);
    }
}
