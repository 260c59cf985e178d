package org.ridegrid.gui;

import java.util.ArrayList;
import java.util.List;

import org.jfree.data.xy.AbstractXYDataset;
import org.jfree.data.xy.TableXYDataset;
import org.ridegrid.model.VehicleState;

/**
 * Vehicles in each state over time, one series per state and one shared x value (simulated hours)
 * per sample, as JFreeChart's stacked area renderer needs. Used on the Swing thread only.
 */
final class StateSamples extends AbstractXYDataset implements TableXYDataset {
    private static final long serialVersionUID = 1L;
    /** Samples kept; at 5 simulated minutes apart this is two weeks, and older samples are dropped. */
    static final int MAX_SAMPLES = 4032;

    private final List<double[]> samples = new ArrayList<>();
    private final boolean[] seen = new boolean[VehicleState.count()];

    /** Adds a sample: {@code hours} since the start and the vehicles in each state. */
    void add(double hours, int[] vehiclesByState) {
        if (samples.size() == MAX_SAMPLES) {
            samples.subList(0, MAX_SAMPLES / 4).clear();
        }
        double[] row = new double[vehiclesByState.length + 1];
        row[0] = hours;
        for (int s = 0; s < vehiclesByState.length; s++) {
            row[s + 1] = vehiclesByState[s];
            seen[s] |= vehiclesByState[s] > 0;
        }
        samples.add(row);
        fireDatasetChanged();
    }

    void clear() {
        samples.clear();
        java.util.Arrays.fill(seen, false);
        fireDatasetChanged();
    }

    /** Returns whether any vehicle has been in {@code state} since the last clear. */
    boolean seen(VehicleState state) {
        return seen[state.ordinal()];
    }

    @Override
    public int getSeriesCount() {
        return VehicleState.count();
    }

    @Override
    public Comparable<String> getSeriesKey(int series) {
        return VehicleState.of(series).label();
    }

    @Override
    public int getItemCount() {
        return samples.size();
    }

    @Override
    public int getItemCount(int series) {
        return samples.size();
    }

    @Override
    public Number getX(int series, int item) {
        return samples.get(item)[0];
    }

    @Override
    public Number getY(int series, int item) {
        return samples.get(item)[series + 1];
    }
}
