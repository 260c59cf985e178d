package org.ridegrid.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The mean day of one hourly quantity: for each hour of the day (0-23), the mean, minimum and
 * maximum over the simulated days. A day without a defined value for an hour (a wait percentile
 * of an hour without pickups) is left out of that hour. An hour with no value on any day is NaN.
 */
record HourOfDayProfile(double[] mean, double[] min, double[] max, int[] days) {
    static final int HOURS = 24;

    /** Accumulates values by hour of day. */
    static final class Builder {
        private final List<List<Double>> values = new ArrayList<>();

        Builder() {
            for (int hour = 0; hour < HOURS; hour++) {
                values.add(new ArrayList<>());
            }
        }

        Builder add(int hourOfDay, double value) {
            if (!Double.isNaN(value)) {
                values.get(hourOfDay).add(value);
            }
            return this;
        }

        HourOfDayProfile build() {
            double[] mean = new double[HOURS];
            double[] min = new double[HOURS];
            double[] max = new double[HOURS];
            int[] days = new int[HOURS];
            for (int hour = 0; hour < HOURS; hour++) {
                List<Double> hourValues = values.get(hour);
                days[hour] = hourValues.size();
                if (hourValues.isEmpty()) {
                    mean[hour] = Double.NaN;
                    min[hour] = Double.NaN;
                    max[hour] = Double.NaN;
                    continue;
                }
                double sum = 0;
                min[hour] = Double.POSITIVE_INFINITY;
                max[hour] = Double.NEGATIVE_INFINITY;
                for (double value : hourValues) {
                    sum += value;
                    min[hour] = Math.min(min[hour], value);
                    max[hour] = Math.max(max[hour], value);
                }
                mean[hour] = sum / hourValues.size();
            }
            return new HourOfDayProfile(mean, min, max, days);
        }
    }

    /** Returns true when some hour has values from more than one day, so a spread band means something. */
    boolean hasSpread() {
        for (int count : days) {
            if (count > 1) {
                return true;
            }
        }
        return false;
    }
}
