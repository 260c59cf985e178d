package org.ridegrid.city;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;

import org.ridegrid.scenario.ZoneSpec;

/** Per-cell weight arrays derived from the zones, for drawing cells. */
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

    private static double[] byZone(GridCity city, ToDoubleFunction<ZoneSpec> weight) {
        double[] weights = new double[city.cellCount()];
        for (int cell = 0; cell < weights.length; cell++) {
            weights[cell] = weight.applyAsDouble(city.zones().get(city.zoneOf(cell)));
        }
        return weights;
    }
}
