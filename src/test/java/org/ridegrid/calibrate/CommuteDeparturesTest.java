package org.ridegrid.calibrate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommuteDeparturesTest {
    private static final String HEADER = "STRTTIME,ENDTIME,TRAVDAY,TRVL_MIN,WHYTRP1S\n";

    @TempDir
    Path folder;

    @Test
    void quantilesOfWeekdayMorningTripsToWork() throws IOException, CalibrationInputException {
        // Kept: 06:00, 07:00, 08:00, 09:00 and 10:00 on weekdays. Left out: a Sunday trip, a shopping trip,
        // a missing time, and 12:30 and 03:00 outside the window.
        Path file = Fixtures.write(folder, "nhts.csv", HEADER
                + "0600,0630,2,30,10\n0700,0730,3,30,10\n0800,0830,4,30,10\n0900,0930,5,30,10\n1000,1030,6,30,10\n"
                + "0500,0530,1,30,10\n0500,0530,3,30,40\n-9,-9,3,-1,10\n1230,1300,3,30,10\n0300,0330,3,30,10\n");
        CommuteDepartures.Result result = CommuteDepartures.fromNhts(file, 4, 11);
        assertEquals(5, result.trips());
        assertArrayEquals(new double[] {0, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 1}, result.shares());
        // Type 7: share s lies at position 4 s between the sorted times 6, 7, 8, 9 and 10.
        assertArrayEquals(new double[] {6, 6.2, 6.4, 7, 8, 9, 9.6, 9.8, 10}, result.hours(), 1e-12);
    }

    @Test
    void minutesBecomeDecimalHours() throws IOException, CalibrationInputException {
        Path file = Fixtures.write(folder, "nhts.csv", HEADER + "0745,0800,2,15,10\n");
        assertEquals(7.75, CommuteDepartures.fromNhts(file, 4, 11).hours()[0], 1e-12);
    }

    @Test
    void invalidTimeNamesLine() throws IOException {
        Path file = Fixtures.write(folder, "nhts.csv", HEADER + "0775,0800,2,15,10\n");
        CalibrationInputException e = assertThrows(CalibrationInputException.class,
                () -> CommuteDepartures.fromNhts(file, 4, 11));
        assertEquals(file + ":2: column STRTTIME = \"0775\" is not a time of day HHMM from 0000 to 2359.", e.getMessage());
    }
}
