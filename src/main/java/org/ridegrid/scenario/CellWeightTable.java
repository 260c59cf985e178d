package org.ridegrid.scenario;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * Per-cell weights read from a CSV table of {@code x,y,weight} rows. Cells the table does not
 * list have weight 0. Immutable: the accessors return copies.
 */
public final class CellWeightTable {
    private final Path file;
    private final int[] xs;
    private final int[] ys;
    private final double[] weights;

    /**
     * @param file absolute path of the table, kept for messages and the effective YAML
     * @param xs column of each listed cell
     * @param ys row of each listed cell
     * @param weights non-negative weight of each listed cell, with a positive sum
     */
    public CellWeightTable(Path file, int[] xs, int[] ys, double[] weights) {
        if (xs.length != ys.length || xs.length != weights.length) {
            throw new IllegalArgumentException("x, y and weight columns differ in length: "
                    + xs.length + ", " + ys.length + ", " + weights.length);
        }
        this.file = file;
        this.xs = xs.clone();
        this.ys = ys.clone();
        this.weights = weights.clone();
    }

    public Path file() {
        return file;
    }

    /** Returns the number of listed cells. */
    public int size() {
        return xs.length;
    }

    /**
     * Returns one weight per cell of a {@code width} x {@code height} grid, indexed
     * {@code y * width + x}. A cell listed twice gets the sum of its weights.
     */
    public double[] toCellWeights(int width, int height) {
        double[] cells = new double[width * height];
        for (int i = 0; i < xs.length; i++) {
            if (xs[i] >= width || ys[i] >= height) {
                throw new IllegalArgumentException(file + " lists cell (" + xs[i] + ", " + ys[i]
                        + "), outside a grid of " + width + " x " + height + " cells");
            }
            cells[ys[i] * width + xs[i]] += weights[i];
        }
        return cells;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CellWeightTable t
                && file.equals(t.file)
                && Arrays.equals(xs, t.xs)
                && Arrays.equals(ys, t.ys)
                && Arrays.equals(weights, t.weights);
    }

    @Override
    public int hashCode() {
        return file.hashCode() * 31 + Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
        return "CellWeightTable[" + file + ", " + xs.length + " cells]";
    }
}
