package org.ridegrid.scenario;

import java.util.Arrays;

/** Twenty-four values indexed by hour of day (0 = 00:00-01:00). Immutable. */
public final class HourProfile {
    public static final int HOURS = 24;

    private final double[] values;

    public HourProfile(double[] values) {
        if (values.length != HOURS) {
            throw new IllegalArgumentException("an hour profile needs 24 values, got " + values.length);
        }
        this.values = values.clone();
    }

    public double get(int hourOfDay) {
        return values[hourOfDay];
    }

    public double sum() {
        double total = 0;
        for (double v : values) {
            total += v;
        }
        return total;
    }

    public double[] toArray() {
        return values.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HourProfile profile && Arrays.equals(values, profile.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return Arrays.toString(values);
    }
}
