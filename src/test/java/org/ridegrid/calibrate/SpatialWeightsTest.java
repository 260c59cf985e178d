package org.ridegrid.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ridegrid.city.GeoProjection;
import org.ridegrid.scenario.AnchorSpec;

class SpatialWeightsTest {
    private static final String HEADER = "ride_id,pickup_time,pickup_lat,pickup_lon,dropoff_lat,dropoff_lon,trip_distance_m\n";
    /** 40 x 40 cells of 0.25 miles around 30 N, 97 W. */
    private static final GridFrame FRAME = new GridFrame(new AnchorSpec(30, -97, 0), 40, 40, 0.25);

    @TempDir
    Path folder;

    @Test
    void cellsAroundReference() {
        // The reference point is the corner shared by cells (19, 19) and (20, 20); just north-east is (20, 20).
        assertEquals(20 * 40 + 20, FRAME.cellOf(30.0001, -96.9999));
        assertEquals(19 * 40 + 19, FRAME.cellOf(29.9999, -97.0001));
        // 0.3 miles north is 0.3 / 69.094 degrees: one cell up.
        assertEquals(21 * 40 + 20, FRAME.cellOf(30 + 0.3 / GeoProjection.MILES_PER_DEGREE, -96.9999));
        // 6 miles north is beyond the grid's 5 miles.
        assertEquals(-1, FRAME.cellOf(30 + 6 / GeoProjection.MILES_PER_DEGREE, -97));
    }

    @Test
    void countsPickupsAndDropoffs() throws IOException, CalibrationInputException {
        Path file = Fixtures.write(folder, "trips.csv", HEADER
                + "1,2017-03-15 09:04:52,30.0001,-96.9999,29.9999,-97.0001,1000\n"
                + "2,2017-03-15 10:00:00,30.0001,-96.9999,31.0000,-97.0000,1000\n"
                + "3,2017-03-16 08:59:00,32.0000,-97.0000,29.9999,-97.0001,1000\n");
        SpatialWeights.Result result = SpatialWeights.fromRideAustin(file, FRAME);
        assertEquals(3, result.trips());
        assertEquals(2, result.origins()[20 * 40 + 20]);
        assertEquals(2, result.destinations()[19 * 40 + 19]);
        assertEquals(1, result.originsOutside());
        assertEquals(1, result.destinationsOutside());
        assertEquals(2, java.util.Arrays.stream(result.origins()).sum());
        assertEquals("pickups from 2017-03-15 09:04 to 2017-03-16 08:59", result.dateRange());
    }

    @Test
    void badLatitudeNamesLineAndColumn() throws IOException {
        Path file = Fixtures.write(folder, "trips.csv", HEADER + "1,2017-03-15 09:04:52,95,-97,30,-97,1000\n");
        CalibrationInputException e = assertThrows(CalibrationInputException.class,
                () -> SpatialWeights.fromRideAustin(file, FRAME));
        assertEquals(file + ":2: column pickup_lat = \"95\" is not a latitude from -90 to 90.", e.getMessage());
    }

    @Test
    void allOutsideRejected() throws IOException {
        Path file = Fixtures.write(folder, "trips.csv", HEADER + "1,2017-03-15 09:04:52,40,-97,40,-97,1000\n");
        CalibrationInputException e = assertThrows(CalibrationInputException.class,
                () -> SpatialWeights.fromRideAustin(file, FRAME));
        assertTrue(e.getMessage().contains("inside the grid"), e.getMessage());
    }
}
