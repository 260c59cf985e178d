package org.ridegrid.calibrate;

import org.ridegrid.city.GeoProjection;

/**
 * Places latitude and longitude on the scenario grid. The projection's reference point is the grid
 * centre, at (width / 2, height / 2) cells. Column x grows along the projection's x axis and row y
 * along its y axis, which points north when the orientation is 0.
 */
public record GridFrame(GeoProjection projection, int width, int height, double cellMiles) {

    /** Returns the cell number {@code y * width + x} of a point, or -1 when it lies outside the grid. */
    public int cellOf(double latitude, double longitude) {
        double[] miles = projection.toMiles(latitude, longitude);
        int x = (int) Math.floor(miles[0] / cellMiles + width / 2.0);
        int y = (int) Math.floor(miles[1] / cellMiles + height / 2.0);
        if (x < 0 || y < 0 || x >= width || y >= height) {
            return -1;
        }
        return y * width + x;
    }
}
