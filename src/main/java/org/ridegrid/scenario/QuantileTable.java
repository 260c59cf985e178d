package org.ridegrid.scenario;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * An empirical distribution given by its quantiles: cumulative shares rising strictly from 0 to 1,
 * and a never decreasing value at each share. Between two listed shares the inverse cumulative
 * distribution function is linear. Immutable.
 */
public final class QuantileTable {
    private final Path file;
    private final double[] shares;
    private final double[] values;

    /**
     * @param file absolute path of the table, kept for messages and the effective YAML
     * @param shares cumulative shares, the first exactly 0 and the last exactly 1, strictly rising
     * @param values the value at each share, never decreasing
     */
    public QuantileTable(Path file, double[] shares, double[] values) {
        if (shares.length < 2 || shares.length != values.length) {
            throw new IllegalArgumentException("a quantile table needs at least 2 rows and one value per share");
        }
        if (shares[0] != 0 || shares[shares.length - 1] != 1) {
            throw new IllegalArgumentException("quantile shares must run from exactly 0 to exactly 1");
        }
        for (int i = 1; i < shares.length; i++) {
            if (!(shares[i] > shares[i - 1]) || !(values[i] >= values[i - 1])) {
                throw new IllegalArgumentException("quantile row " + i + " is out of order");
            }
        }
        this.file = file;
        this.shares = shares.clone();
        this.values = values.clone();
    }

    public Path file() {
        return file;
    }

    public double[] shares() {
        return shares.clone();
    }

    public double[] values() {
        return values.clone();
    }

    /** Returns the value at cumulative share {@code share} in [0, 1], by linear interpolation. */
    public double valueAt(double share) {
        if (share <= 0) {
            return values[0];
        }
        if (share >= 1) {
            return values[values.length - 1];
        }
        int index = Arrays.binarySearch(shares, share);
        if (index >= 0) {
            return values[index];
        }
        int upper = -index - 1;
        int lower = upper - 1;
        double fraction = (share - shares[lower]) / (shares[upper] - shares[lower]);
        return values[lower] + fraction * (values[upper] - values[lower]);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof QuantileTable t
                && file.equals(t.file)
                && Arrays.equals(shares, t.shares)
                && Arrays.equals(values, t.values);
    }

    @Override
    public int hashCode() {
        return file.hashCode() * 31 + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "QuantileTable[" + file + ", " + shares.length + " rows]";
    }
}
