package org.ridegrid.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChicagoWeekdayProfileTest {
    @TempDir
    Path folder;

    @Test
    void averagesSharesOfChosenYears() throws IOException, CalibrationInputException {
        // 2019: hour 0 has 4 of 50 trips; 2020: 1 of 24. 2021 is in the file but not chosen.
        Path file = Fixtures.write(folder, "hourly.csv", Fixtures.CHICAGO_HEADER + Fixtures.chicagoYear(2019, 4, 2)
                + Fixtures.chicagoYear(2020, 1, 1) + Fixtures.chicagoYear(2021, 1000, 1) + "\n");
        HourShares profile = ChicagoWeekdayProfile.derive(file, new TreeSet<>(java.util.List.of(2019, 2020)));

        double[] shares = profile.shares();
        assertEquals((4.0 / 50 + 1.0 / 24) / 2, shares[0], 1e-12);
        assertEquals((2.0 / 50 + 1.0 / 24) / 2, shares[13], 1e-12);
        assertEquals(1.0, java.util.Arrays.stream(shares).sum(), 1e-12);
        assertEquals(74, profile.trips());
        assertEquals("Thursdays 2019-02-07, 2020-02-06", profile.dateRange());
    }

    @Test
    void missingYearRejected() throws IOException {
        Path file = Fixtures.write(folder, "hourly.csv", Fixtures.CHICAGO_HEADER + Fixtures.chicagoYear(2019, 4, 2));
        CalibrationInputException e = assertThrows(CalibrationInputException.class,
                () -> ChicagoWeekdayProfile.derive(file, new TreeSet<>(java.util.List.of(2024))));
        assertTrue(e.getMessage().contains("has no rows for year 2024"), e.getMessage());
    }

    @Test
    void badCountNamesLineAndColumn() throws IOException {
        String rows = Fixtures.chicagoYear(2019, 4, 2).replaceFirst("2019,2,3,2,", "2019,2,3,lots,");
        Path file = Fixtures.write(folder, "hourly.csv", Fixtures.CHICAGO_HEADER + rows);
        CalibrationInputException e = assertThrows(CalibrationInputException.class,
                () -> ChicagoWeekdayProfile.derive(file, new TreeSet<>(java.util.List.of(2019))));
        assertEquals(file + ":5: column trip_count = \"lots\" is not a finite number.", e.getMessage());
    }

    @Test
    void hourOutOfRangeRejected() throws IOException {
        Path file = Fixtures.write(folder, "hourly.csv", Fixtures.CHICAGO_HEADER + "2019,2,24,5,1,1,2,20,14,6\n");
        CalibrationInputException e = assertThrows(CalibrationInputException.class,
                () -> ChicagoWeekdayProfile.derive(file, new TreeSet<>(java.util.List.of(2019))));
        assertTrue(e.getMessage().startsWith(file + ":2: column hour = \"24\""), e.getMessage());
    }

    @Test
    void missingColumnRejected() throws IOException {
        Path file = Fixtures.write(folder, "hourly.csv", "year,hour,trips\n2019,0,5\n");
        CalibrationInputException e = assertThrows(CalibrationInputException.class,
                () -> ChicagoWeekdayProfile.derive(file, new TreeSet<>(java.util.List.of(2019))));
        assertTrue(e.getMessage().startsWith(file + ":1: the header has no column trip_count"), e.getMessage());
    }

    @Test
    void missingFileRejected() {
        Path file = folder.resolve("absent.csv");
        CalibrationInputException e = assertThrows(CalibrationInputException.class,
                () -> ChicagoWeekdayProfile.derive(file, new TreeSet<>(java.util.List.of(2019))));
        assertTrue(e.getMessage().startsWith(file + " does not exist"), e.getMessage());
    }
}
