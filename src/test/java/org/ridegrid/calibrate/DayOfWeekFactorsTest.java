package org.ridegrid.calibrate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DayOfWeekFactorsTest {
    private static final String HEADER = "car_type,date,geo,trips,grouping,monthly,parent_type,monthly_is_estimated\n";

    @TempDir
    Path folder;

    /** Returns one week from Monday 2017-03-13 of Uber and Lyft trips whose sums are 100, 100, 100, 100, 100, 150 and 50. */
    private static String week() {
        String[] uber = {"60", "60", "60", "60", "60", "90", "3e1"};
        String[] lyft = {"40", "40", "40", "40", "40", "60", "20"};
        StringBuilder rows = new StringBuilder(HEADER);
        for (int day = 0; day < 7; day++) {
            String date = LocalDate.of(2017, 3, 13).plusDays(day).toString();
            rows.append("Uber,").append(date).append(",total,").append(uber[day]).append(",uber,NA,Ride-hailing apps,FALSE\n");
            rows.append("Lyft,").append(date).append(",total,").append(lyft[day]).append(",lyft,NA,Ride-hailing apps,FALSE\n");
            rows.append("Uber,").append(date).append(",manhattan,999,uber,NA,Ride-hailing apps,FALSE\n");
            rows.append("Yellow taxis,").append(date).append(",total,999,yellow,NA,Taxis,FALSE\n");
        }
        return rows.toString();
    }

    @Test
    void factorsOfOneWeek() throws IOException, CalibrationInputException {
        Path file = Fixtures.write(folder, "daily.csv", week());
        DayOfWeekFactors.Result result = DayOfWeekFactors.derive(file, LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31));
        assertArrayEquals(new double[] {1, 1, 1, 1, 1, 1.5, 0.5}, result.factors(), 1e-12);
        assertEquals(7, result.dates());
        assertEquals("2017-03-13 to 2017-03-19", result.dateRange());
    }

    @Test
    void datesOutsideRangeLeftOut() throws IOException {
        Path file = Fixtures.write(folder, "daily.csv", week());
        CalibrationInputException e = assertThrows(CalibrationInputException.class,
                () -> DayOfWeekFactors.derive(file, LocalDate.of(2017, 3, 13), LocalDate.of(2017, 3, 17)));
        assertTrue(e.getMessage().contains("no ride-hail counts for SATURDAY"), e.getMessage());
    }

    @Test
    void badTripsNamesLineAndColumn() throws IOException {
        Path file = Fixtures.write(folder, "daily.csv", week().replaceFirst(",total,60,", ",total,sixty,"));
        CalibrationInputException e = assertThrows(CalibrationInputException.class,
                () -> DayOfWeekFactors.derive(file, LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31)));
        assertEquals(file + ":2: column trips = \"sixty\" is not a finite number.", e.getMessage());
    }
}
