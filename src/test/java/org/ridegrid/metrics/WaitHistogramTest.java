package org.ridegrid.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import ec.util.MersenneTwisterFast;

class WaitHistogramTest {
    private static final long SEED = 271_828L;
    /** Half of the 0.1 s bin, as documented, plus floating-point slack at a bin edge. */
    private static final double PERCENTILE_TOLERANCE = 0.05 + 1e-9;
    private static final double MEAN_TOLERANCE = 1e-9;
    private static final double[] PERCENTILES = {0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 1.0};

    @Test
    void meanAndMaxExact() {
        WaitHistogram histogram = new WaitHistogram(600);
        histogram.add(12.34);
        histogram.add(0.0);
        histogram.add(57.01);
        histogram.add(3.3);

        assertEquals(4, histogram.count());
        assertEquals((12.34 + 0.0 + 57.01 + 3.3) / 4, histogram.mean(), MEAN_TOLERANCE);
        assertEquals(57.01, histogram.max());
    }

    @Test
    void percentilesNearExact() {
        MersenneTwisterFast random = new MersenneTwisterFast(SEED);
        for (int sampleSize : new int[] {1, 2, 7, 100, 1013, 20_000}) {
            WaitHistogram histogram = new WaitHistogram(900);
            double[] waits = new double[sampleSize];
            for (int i = 0; i < sampleSize; i++) {
                // Squared uniform draws put more waits near zero. All are below the histogram's 900 s.
                waits[i] = 600 * Math.pow(random.nextDouble(), 2);
                histogram.add(waits[i]);
            }
            Arrays.sort(waits);

            for (double p : PERCENTILES) {
                double exact = nearestRank(waits, p);
                assertEquals(exact, histogram.percentile(p), PERCENTILE_TOLERANCE,
                        "p" + p + " of " + sampleSize + " waits");
            }
            assertEquals(waits[sampleSize - 1], histogram.max(), sampleSize + " waits");
        }
    }

    @Test
    void percentilesOfRepeatedValue() {
        WaitHistogram histogram = new WaitHistogram(600);
        for (int i = 0; i < 10; i++) {
            histogram.add(42.0);
        }

        assertEquals(42.0, histogram.percentile(0.5), PERCENTILE_TOLERANCE);
        assertEquals(42.0, histogram.percentile(1.0), PERCENTILE_TOLERANCE);
    }

    @Test
    void percentileOfBimodalSample() {
        WaitHistogram histogram = new WaitHistogram(600);
        for (int i = 0; i < 90; i++) {
            histogram.add(10.0);
        }
        for (int i = 0; i < 10; i++) {
            histogram.add(300.0);
        }

        // Rank 90 of 100 is the last 10 s wait, and rank 91 is the first 300 s wait.
        assertEquals(10.0, histogram.percentile(0.9), PERCENTILE_TOLERANCE);
        assertEquals(300.0, histogram.percentile(0.91), PERCENTILE_TOLERANCE);
    }

    @Test
    void emptyGivesNan() {
        WaitHistogram histogram = new WaitHistogram(600);

        assertEquals(0, histogram.count());
        assertTrue(Double.isNaN(histogram.mean()));
        assertTrue(Double.isNaN(histogram.max()));
        assertTrue(Double.isNaN(histogram.percentile(0.5)));
    }

    @Test
    void clearResets() {
        WaitHistogram histogram = new WaitHistogram(600);
        histogram.add(500.0);
        histogram.add(20.0);
        histogram.clear();

        assertEquals(0, histogram.count());
        assertTrue(Double.isNaN(histogram.mean()));
        assertTrue(Double.isNaN(histogram.max()));
        assertTrue(Double.isNaN(histogram.percentile(0.9)));
    }

    @Test
    void reuseAfterClear() {
        WaitHistogram histogram = new WaitHistogram(600);
        histogram.add(500.0);
        histogram.add(20.0);
        histogram.clear();
        histogram.add(7.0);

        assertEquals(1, histogram.count());
        assertEquals(7.0, histogram.mean());
        assertEquals(7.0, histogram.max());
        assertEquals(7.0, histogram.percentile(1.0), PERCENTILE_TOLERANCE);
    }

    /** Returns the nearest-rank percentile of sorted values: the value at rank ceil(p * n), counting from 1. */
    private static double nearestRank(double[] sorted, double p) {
        int rank = Math.max(1, (int) Math.ceil(p * sorted.length));
        return sorted[rank - 1];
    }
}
