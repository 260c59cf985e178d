package org.ridegrid.metrics;

import java.util.Arrays;

/**
 * Wait times in bins of 0.1 s up to a maximum, with the exact count, sum and maximum kept beside.
 * Percentiles are the midpoint of the bin that holds the nearest-rank value, so they are within
 * 0.05 s of the exact value; waits above the last bin count in it. Memory is fixed, whatever the
 * number of riders.
 */
public final class WaitHistogram {
    private static final double BIN_SECONDS = 0.1;

    private final int[] bins;
    private long count;
    private double sum;
    private double max;
    private int lowestUsed = Integer.MAX_VALUE;
    private int highestUsed = -1;

    public WaitHistogram(double maxSeconds) {
        bins = new int[(int) Math.ceil(maxSeconds / BIN_SECONDS) + 1];
    }

    public void add(double seconds) {
        int bin = Math.min(bins.length - 1, Math.max(0, (int) (seconds / BIN_SECONDS)));
        bins[bin]++;
        lowestUsed = Math.min(lowestUsed, bin);
        highestUsed = Math.max(highestUsed, bin);
        count++;
        sum += seconds;
        max = Math.max(max, seconds);
    }

    public long count() {
        return count;
    }

    /** Returns the mean wait in seconds, or NaN when empty. */
    public double mean() {
        return count == 0 ? Double.NaN : sum / count;
    }

    /** Returns the longest wait in seconds, or NaN when empty. */
    public double max() {
        return count == 0 ? Double.NaN : max;
    }

    /** Returns the nearest-rank percentile {@code p} in (0, 1] in seconds, or NaN when empty. */
    public double percentile(double p) {
        if (count == 0) {
            return Double.NaN;
        }
        long rank = Math.max(1, (long) Math.ceil(p * count));
        long seen = 0;
        for (int bin = lowestUsed; bin <= highestUsed; bin++) {
            seen += bins[bin];
            if (seen >= rank) {
                return Math.min(max, (bin + 0.5) * BIN_SECONDS);
            }
        }
        return max;
    }

    public void clear() {
        if (highestUsed >= 0) {
            Arrays.fill(bins, lowestUsed, highestUsed + 1, 0);
        }
        lowestUsed = Integer.MAX_VALUE;
        highestUsed = -1;
        count = 0;
        sum = 0;
        max = 0;
    }
}
