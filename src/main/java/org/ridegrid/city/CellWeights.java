package org.ridegrid.city;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;

import org.ridegrid.scenario.CellWeightTable;
import org.ridegrid.scenario.DemandSpec;
import org.ridegrid.scenario.ZoneSpec;

/** Per-cell weight arrays derived from the zones or from the scenario's weight tables, for drawing cells. */
public final class CellWeights {
    private CellWeights() {
    }

    public static double[] uniform(GridCity city) {
        double[] weights = new double[city.cellCount()];
        Arrays.fill(weights, 1.0);
        return weights;
    }

    public static double[] residential(GridCity city) {
        return byZone(city, ZoneSpec::residentialWeight);
    }

    public static double[] demand(GridCity city) {
        return byZone(city, ZoneSpec::demandWeight);
    }

    public static double[] attraction(GridCity city) {
        return byZone(city, ZoneSpec::attractionWeight);
    }

    /** Returns the weights of request origins: the scenario's origin table when set, else the zones' demand weights. */
    public static double[] origins(GridCity city, DemandSpec demand) {
        return fromTable(city, demand.originWeights()).orElseGet(() -> demand(city));
    }

    /** Returns the weights of trip destinations: the destination table when set, else the zones' attraction weights. */
    public static double[] destinations(GridCity city, DemandSpec demand) {
        return fromTable(city, demand.destinationWeights()).orElseGet(() -> attraction(city));
    }

    private static java.util.Optional<double[]> fromTable(GridCity city, CellWeightTable table) {
        return table == null ? java.util.Optional.empty()
                : java.util.Optional.of(table.toCellWeights(city.width(), city.height()));
    }

    private static double[] byZone(GridCity city, ToDoubleFunction<ZoneSpec> weight) {
        double[] weights = new double[city.cellCount()];
        for (int cell = 0; cell < weights.length; cell++) {
            weights[cell] = weight.applyAsDouble(city.zones().get(city.zoneOf(cell)));
        }
        return weights;
    }
}
