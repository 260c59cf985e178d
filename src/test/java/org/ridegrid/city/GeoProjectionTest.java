package org.ridegrid.city;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class GeoProjectionTest {
    private static final double TOLERANCE = 1e-9;

    @Test
    void referencePointMapsToOrigin() {
        double[] miles = new GeoProjection(30.2747, -97.7404, 0).toMiles(30.2747, -97.7404);
        assertEquals(0, miles[0], TOLERANCE);
        assertEquals(0, miles[1], TOLERANCE);
    }

    @Test
    void degreeOfLatitudeIsAbout69Miles() {
        double[] miles = new GeoProjection(30, -97, 0).toMiles(31, -97);
        assertEquals(0, miles[0], TOLERANCE);
        assertEquals(69.094, miles[1], 0.001);
    }

    @Test
    void longitudeShrinksWithMeanLatitude() {
        // At 60 degrees north, a degree of longitude is half a degree of latitude.
        double[] miles = new GeoProjection(60, 10, 0).toMiles(60, 11);
        assertEquals(GeoProjection.MILES_PER_DEGREE / 2, miles[0], TOLERANCE);
        assertEquals(0, miles[1], TOLERANCE);
    }

    @Test
    void orientationTurnsTheAxes() {
        // With the x axis pointing north, a point due north lies on +x, and a point due east on -y.
        GeoProjection turned = new GeoProjection(0, 0, 90);
        double[] north = turned.toMiles(0.1, 0);
        assertEquals(0.1 * GeoProjection.MILES_PER_DEGREE, north[0], TOLERANCE);
        assertEquals(0, north[1], TOLERANCE);
        double[] east = turned.toMiles(0, 0.1);
        assertEquals(0, east[0], TOLERANCE);
        assertEquals(-0.1 * GeoProjection.MILES_PER_DEGREE, east[1], TOLERANCE);
    }

    @Test
    void invalidReferenceRejected() {
        assertThrows(IllegalArgumentException.class, () -> new GeoProjection(95, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new GeoProjection(0, 200, 0));
    }
}
