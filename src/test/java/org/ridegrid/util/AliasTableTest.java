package org.ridegrid.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import ec.util.MersenneTwisterFast;

class AliasTableTest {
    private static final long SEED = 20240611L;
    private static final int DRAWS = 1_000_000;
    /** Allowed gap between a drawn frequency and its weight share, in binomial standard deviations. */
    private static final double SIGMAS = 4.0;

    @Test
    void frequenciesMatchWeights() {
        double[] weights = {1, 0, 3, 6, 0, 10, 0.5};
        AliasTable table = new AliasTable(weights);
        int[] counts = drawCounts(table, weights.length, new MersenneTwisterFast(SEED));

        double total = 20.5;
        for (int i = 0; i < weights.length; i++) {
            double share = weights[i] / total;
            double tolerance = SIGMAS * Math.sqrt(share * (1 - share) / DRAWS);
            assertEquals(share, counts[i] / (double) DRAWS, tolerance, "index " + i);
        }
    }

    @Test
    void zeroWeightsNeverDrawn() {
        double[] weights = {0, 2, 0, 0, 5, 0};
        int[] counts = drawCounts(new AliasTable(weights), weights.length, new MersenneTwisterFast(SEED));

        assertEquals(0, counts[0]);
        assertEquals(0, counts[2]);
        assertEquals(0, counts[3]);
        assertEquals(0, counts[5]);
    }

    @Test
    void singlePositiveWeightAlwaysDrawn() {
        double[] weights = {0, 0, 0, 4e-300};
        int[] counts = drawCounts(new AliasTable(weights), weights.length, new MersenneTwisterFast(SEED));

        assertEquals(DRAWS, counts[3]);
    }

    @Test
    void sizeIsWeightCount() {
        assertEquals(5, new AliasTable(new double[] {1, 1, 1, 1, 1}).size());
    }

    @Test
    void negativeWeightRejected() {
        assertThrows(IllegalArgumentException.class, () -> new AliasTable(new double[] {1, -0.5, 2}));
    }

    @Test
    void nanWeightRejected() {
        assertThrows(IllegalArgumentException.class, () -> new AliasTable(new double[] {1, Double.NaN}));
    }

    @Test
    void infiniteWeightRejected() {
        assertThrows(IllegalArgumentException.class, () -> new AliasTable(new double[] {Double.POSITIVE_INFINITY, 1}));
    }

    @Test
    void allZeroRejected() {
        assertThrows(IllegalArgumentException.class, () -> new AliasTable(new double[] {0, 0, 0}));
    }

    @Test
    void emptyRejected() {
        assertThrows(IllegalArgumentException.class, () -> new AliasTable(new double[0]));
    }

    private static int[] drawCounts(AliasTable table, int size, MersenneTwisterFast random) {
        int[] counts = new int[size];
        for (int i = 0; i < DRAWS; i++) {
            counts[table.sample(random)]++;
        }
        return counts;
    }
}
