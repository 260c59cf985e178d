package org.ridegrid.city;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.ridegrid.scenario.AnchorSpec;

class GeoProjectionTest {
    private static final double LATITUDE = 30.266;
    private static final double LONGITUDE = -97.740;
    private static final double TOLERANCE = 1e-9;

    /** Degrees of longitude in one mile east of the anchor, where the mean latitude is the anchor's. */
    private static double oneMileEast() {
        return 1.0 / (GeoProjection.MILES_PER_DEGREE * Math.cos(Math.toRadians(LATITUDE)));
    }

    private static double oneMileNorth() {
        return 1.0 / GeoProjection.MILES_PER_DEGREE;
    }

    private static GeoProjection projection(double rotationDegrees) {
        return new GeoProjection(new AnchorSpec(LATITUDE, LONGITUDE, rotationDegrees), 0.25, 40, 40);
    }

    @Test
    void anchorIsGridCentre() {
        GeoProjection grid = projection(0);
        assertEquals(20.0, grid.gridX(LATITUDE, LONGITUDE), TOLERANCE);
        assertEquals(20.0, grid.gridY(LATITUDE, LONGITUDE), TOLERANCE);
        assertEquals(20 * 40 + 20, grid.cell(LATITUDE, LONGITUDE));
    }

    @Test
    void oneMileEastIsFourCells() {
        GeoProjection grid = projection(0);
        double east = LONGITUDE + oneMileEast();
        assertEquals(24.0, grid.gridX(LATITUDE, east), TOLERANCE);
        assertEquals(20.0, grid.gridY(LATITUDE, east), TOLERANCE);
        // Cells are whole: a little past the boundary is cell 24, a little before it cell 23.
        assertEquals(20 * 40 + 24, grid.cell(LATITUDE + 0.1 * oneMileNorth(), LONGITUDE + 1.1 * oneMileEast()));
        assertEquals(20 * 40 + 23, grid.cell(LATITUDE + 0.1 * oneMileNorth(), LONGITUDE + 0.9 * oneMileEast()));
    }

    @Test
    void oneMileNorthIsFourRowsUp() {
        GeoProjection grid = projection(0);
        double north = LATITUDE + oneMileNorth();
        assertEquals(20.0, grid.gridX(north, LONGITUDE), TOLERANCE);
        assertEquals(24.0, grid.gridY(north, LONGITUDE), TOLERANCE);
    }

    @Test
    void rotationTurnsAxes() {
        GeoProjection grid = projection(90);
        double east = LONGITUDE + oneMileEast();
        double north = LATITUDE + oneMileNorth();
        // At a bearing of 90 degrees, +y points east and +x points south.
        assertEquals(20.0, grid.gridX(LATITUDE, east), TOLERANCE);
        assertEquals(24.0, grid.gridY(LATITUDE, east), TOLERANCE);
        assertEquals(16.0, grid.gridX(north, LONGITUDE), TOLERANCE);
        assertEquals(20.0, grid.gridY(north, LONGITUDE), TOLERANCE);
    }

    @Test
    void rotationByThirtyDegrees() {
        GeoProjection grid = projection(30);
        double north = LATITUDE + oneMileNorth();
        // One mile north is 30 degrees left of the +y axis: sin 30 = 0.5 mile in -x, cos 30 in +y.
        assertEquals(20.0 - 0.5 * 4, grid.gridX(north, LONGITUDE), TOLERANCE);
        assertEquals(20.0 + Math.cos(Math.toRadians(30)) * 4, grid.gridY(north, LONGITUDE), TOLERANCE);
    }

    @Test
    void longitudeScalesWithMeanLatitude() {
        GeoProjection grid = projection(0);
        double north = LATITUDE + 10 * oneMileNorth();
        double east = LONGITUDE + oneMileEast();
        double meanLatitude = Math.toRadians((LATITUDE + north) / 2);
        double expectedMiles = oneMileEast() * GeoProjection.MILES_PER_DEGREE * Math.cos(meanLatitude);
        assertEquals(20.0 + 4 * expectedMiles, grid.gridX(north, east), TOLERANCE);
    }

    @Test
    void pointOutsideGridIsOutside() {
        GeoProjection grid = projection(0);
        assertEquals(GeoProjection.OUTSIDE, grid.cell(LATITUDE, LONGITUDE + 5.5 * oneMileEast()));
        assertEquals(GeoProjection.OUTSIDE, grid.cell(LATITUDE - 5.5 * oneMileNorth(), LONGITUDE));
        assertEquals(39, grid.cell(LATITUDE - 4.9 * oneMileNorth(), LONGITUDE + 4.9 * oneMileEast()));
    }

    @Test
    void shortWayAcrossDateLine() {
        GeoProjection grid = new GeoProjection(new AnchorSpec(0.0, 179.99, 0), 0.25, 40, 40);
        double oneMileAtEquator = 1.0 / GeoProjection.MILES_PER_DEGREE;
        assertEquals(24.0, grid.gridX(0.0, 179.99 + oneMileAtEquator - 360.0), 1e-6);
    }
}
