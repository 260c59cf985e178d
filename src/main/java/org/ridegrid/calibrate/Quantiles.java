package org.ridegrid.calibrate;

import java.util.Arrays;

/** Sample quantiles by linear interpolation between order statistics (Hyndman and Fan's type 7, R's default). */
final class Quantiles {
    private Quantiles() {
    }

    /** Returns the quantile of each share in {@code shares} of the sample {@code values}, which is not changed. */
    static double[] of(double[] values, double[] shares) {
        if (values.length == 0) {
            throw new IllegalArgumentException("quantiles of an empty sample");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double[] quantiles = new double[shares.length];
        for (int i = 0; i < shares.length; i++) {
            double position = shares[i] * (sorted.length - 1);
            int lower = (int) Math.floor(position);
            int upper = Math.min(lower + 1, sorted.length - 1);
            quantiles[i] = sorted[lower] + (position - lower) * (sorted[upper] - sorted[lower]);
        }
        return quantiles;
    }

    /** Returns {@code count + 1} shares evenly spaced from 0 to 1. */
    static double[] evenShares(int count) {
        double[] shares = new double[count + 1];
        for (int i = 0; i <= count; i++) {
            shares[i] = (double) i / count;
        }
        shares[count] = 1.0;
        return shares;
    }
}
