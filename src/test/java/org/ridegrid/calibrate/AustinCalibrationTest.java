package org.ridegrid.calibrate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ridegrid.scenario.DemandSpec;
import org.ridegrid.scenario.ScenarioException;
import org.ridegrid.scenario.ScenarioLoader;

/** Checks that cities/austin.yaml uses the derived tables in cities/austin/ unchanged. */
class AustinCalibrationTest {
    private static final Path TABLES = Path.of("cities/austin");

    private static DemandSpec demand() throws ScenarioException {
        return ScenarioLoader.load(Path.of("cities/austin.yaml"), List.of(), null, null).scenario().demand();
    }

    /** Reads the second column of a derived table, skipping comment lines and the header. */
    private static double[] column(String name) throws IOException {
        return Files.readAllLines(TABLES.resolve(name)).stream()
                .filter(line -> !line.startsWith("#"))
                .skip(1)
                .mapToDouble(line -> Double.parseDouble(line.split(",")[1]))
                .toArray();
    }

    @Test
    void profilesMatchTables() throws IOException, ScenarioException {
        DemandSpec demand = demand();
        assertArrayEquals(column(CalibrationFiles.WEEKDAY), demand.weekdayProfile().toArray());
        assertArrayEquals(column(CalibrationFiles.WEEKEND), demand.weekendProfile().toArray());
        assertArrayEquals(column(CalibrationFiles.DAYS), demand.dayOfWeekFactors());
    }

    @Test
    void tablesComeFromCalibrationFolder() throws ScenarioException {
        DemandSpec demand = demand();
        assertEquals(TABLES.resolve(CalibrationFiles.ORIGINS).toAbsolutePath(), demand.originWeights().file());
        assertEquals(TABLES.resolve(CalibrationFiles.DESTINATIONS).toAbsolutePath(), demand.destinationWeights().file());
        assertEquals(TABLES.resolve(CalibrationFiles.TRIP_LENGTH).toAbsolutePath(), demand.tripLength().table().file());
        assertTrue(demand.tripLength().isEmpirical());
    }

    @Test
    void derivedFilesNameTheirSource() throws IOException {
        for (String name : List.of(CalibrationFiles.WEEKDAY, CalibrationFiles.WEEKEND, CalibrationFiles.DAYS,
                CalibrationFiles.TRIP_LENGTH, CalibrationFiles.ORIGINS, CalibrationFiles.DESTINATIONS,
                CalibrationFiles.DEPARTURES)) {
            List<String> lines = Files.readAllLines(TABLES.resolve(name));
            assertTrue(lines.get(1).startsWith("# Source: "), name);
            assertTrue(lines.get(2).startsWith("# Date range: "), name);
            assertTrue(lines.get(3).startsWith("# Command: ridegrid calibrate derive"), name);
        }
    }
}
