package org.ridegrid.calibrate;

import org.ridegrid.city.GeoProjection;
import org.ridegrid.scenario.AnchorSpec;

/**
 * Places latitude and longitude on the scenario grid through the city's {@link GeoProjection}: the
 * anchor is the grid centre, and row y grows toward the bearing of the grid's rotation (north at 0).
 */
public record GridFrame(AnchorSpec anchor, int width, int height, double cellMiles) {

    /** Returns the cell number {@code y * width + x} of a point, or -1 when it lies outside the grid. */
    public int cellOf(double latitude, double longitude) {
        int cell = projection().cell(latitude, longitude);
        return cell == GeoProjection.OUTSIDE ? -1 : cell;
    }

    private GeoProjection projection() {
        return new GeoProjection(anchor, cellMiles, width, height);
    }
}
