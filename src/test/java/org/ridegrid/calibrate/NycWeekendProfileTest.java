package org.ridegrid.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NycWeekendProfileTest {
    private static final String HEADER = "vendor_id,pickup_datetime,dropoff_datetime,passenger_count,trip_distance\n";

    @TempDir
    Path folder;

    @Test
    void countsWeekendPickupsByHour() throws IOException, CalibrationInputException {
        // 2019-03-23 is a Saturday, 2019-03-24 a Sunday and 2019-03-25 a Monday.
        Path file = Fixtures.write(folder, "trips.csv", HEADER
                + "1,2019-03-23 00:10:00,2019-03-23 00:20:00,1,1.0\n"
                + "1,2019-03-23 00:40:00,2019-03-23 00:50:00,1,1.0\n"
                + "1,2019-03-24 13:05:00,2019-03-24 13:20:00,1,1.0\n"
                + "1,2019-03-25 08:00:00,2019-03-25 08:20:00,1,1.0\n"
                + "1,2008-12-27 10:00:00,2008-12-27 10:20:00,1,1.0\n");
        HourShares profile = NycWeekendProfile.derive(file, 2019);

        assertEquals(3, profile.trips());
        assertEquals(2.0 / 3, profile.shares()[0], 1e-12);
        assertEquals(1.0 / 3, profile.shares()[13], 1e-12);
        assertEquals(0.0, profile.shares()[8]);
        assertEquals(0.0, profile.shares()[10]);
        assertEquals("Saturdays and Sundays from 2019-03-23 to 2019-03-24", profile.dateRange());
    }

    @Test
    void readsTpepColumn() throws IOException, CalibrationInputException {
        Path file = Fixtures.write(folder, "taxis.csv", "VendorID,tpep_pickup_datetime,tpep_dropoff_datetime\n"
                + "1,2019-03-23 20:21:09,2019-03-23 20:27:24\n");
        assertEquals(1.0, NycWeekendProfile.derive(file, 2019).shares()[20]);
    }

    @Test
    void badTimeNamesLineAndColumn() throws IOException {
        Path file = Fixtures.write(folder, "trips.csv", HEADER + "1,2019-03-23 00:10:00,x,1,1.0\n1,23/03/2019,x,1,1\n");
        CalibrationInputException e = assertThrows(CalibrationInputException.class, () -> NycWeekendProfile.derive(file, 2019));
        assertTrue(e.getMessage().startsWith(file + ":3: column pickup_datetime = \"23/03/2019\""), e.getMessage());
    }

    @Test
    void noWeekendRejected() throws IOException {
        Path file = Fixtures.write(folder, "trips.csv", HEADER + "1,2019-03-25 08:00:00,x,1,1.0\n");
        CalibrationInputException e = assertThrows(CalibrationInputException.class, () -> NycWeekendProfile.derive(file, 2019));
        assertTrue(e.getMessage().contains("no Saturday or Sunday pickups in 2019"), e.getMessage());
    }
}
