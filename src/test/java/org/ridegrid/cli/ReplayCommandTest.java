package org.ridegrid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ridegrid.output.ScenarioRun;

/** {@code run --trips} from the command line: the run's outputs, and bad input with exit code 2. */
class ReplayCommandTest {
    private static final String TINY = "src/test/resources/scenarios/tiny.yaml";

    @TempDir
    Path temp;

    private static CliOutcome cli(String... args) {
        return CliOutcome.run(args);
    }

    private Path cellsFile(String... rows) throws Exception {
        StringBuilder text = new StringBuilder("request_time,origin_x,origin_y,destination_x,destination_y\n");
        for (String row : rows) {
            text.append(row).append('\n');
        }
        return Files.writeString(temp.resolve("trips.csv"), text);
    }

    @Test
    @SuppressWarnings("unchecked")
    void replayWritesTripFileSummary() throws Exception {
        Path trips = cellsFile("60,0,0,5,5", "120,1,1,1,1", "180,2,2,99,2", "200000,3,3,4,4");
        Path folder = temp.resolve("run");
        CliOutcome outcome = cli("run", TINY, "--days", "1", "--no-charts", "--trips", trips.toString(),
                "--out", folder.toString());
        assertEquals(0, outcome.code(), outcome.err());
        assertTrue(outcome.out().contains("format generic (detected from the header)"), outcome.out());
        assertTrue(outcome.out().contains("Trip file: 4 rows read, 2 used, 2 skipped"), outcome.out());

        Map<String, Object> summary = ScenarioRun.readSummary(folder);
        Map<String, Object> tripFile = (Map<String, Object>) summary.get("trip_file");
        assertEquals(trips.toString(), tripFile.get("file"));
        assertEquals("generic", tripFile.get("format"));
        assertEquals(4, tripFile.get("rows_read"));
        assertEquals(2, tripFile.get("rows_used"));
        assertEquals(2, tripFile.get("rows_skipped"));
        Map<String, Object> reasons = (Map<String, Object>) tripFile.get("skipped_by_reason");
        assertEquals(Map.of("count", 1, "first_lines", java.util.List.of(4)), reasons.get("destination_outside_grid"));
        assertEquals(Map.of("count", 1, "first_lines", java.util.List.of(5)), reasons.get("after_horizon"));
        Map<String, Object> requests = (Map<String, Object>) summary.get("requests");
        assertEquals(2, requests.get("total"));
        assertEquals(1, ((Map<String, Object>) requests.get("rejected_by_reason")).get("same_cell"));
    }

    @Test
    void runWithoutTripsHasNoTripFile() throws Exception {
        Path folder = temp.resolve("run");
        assertEquals(0, cli("run", TINY, "--days", "1", "--no-charts", "--out", folder.toString()).code());
        assertFalse(ScenarioRun.readSummary(folder).containsKey("trip_file"));
    }

    @Test
    void coordinatesWithoutAnchorExitTwo() throws Exception {
        Path trips = Files.writeString(temp.resolve("austin.csv"),
                "request_time,pickup_lat,pickup_lon,dropoff_lat,dropoff_lon\n2017-03-15 09:00:06,30.2,-97.7,30.3,-97.7\n");
        CliOutcome outcome = cli("run", TINY, "--trips", trips.toString(), "--out", temp.resolve("run").toString());
        assertEquals(2, outcome.code());
        assertTrue(outcome.err().contains("the scenario has no city.anchor"), outcome.err());
        assertFalse(outcome.err().contains("Exception"), outcome.err());
        assertFalse(Files.exists(temp.resolve("run")), "no run folder for invalid input");
    }

    @Test
    void mostlyInvalidFileExitTwo() throws Exception {
        Path trips = cellsFile("60,0,0,5,5", "x,0,0,5,5", "y,0,0,5,5");
        CliOutcome outcome = cli("run", TINY, "--trips", trips.toString(), "--out", temp.resolve("run").toString());
        assertEquals(2, outcome.code());
        assertTrue(outcome.err().startsWith("error: " + trips + ": 2 of 3 rows (66.7%) are invalid"), outcome.err());
        assertTrue(outcome.err().contains("invalid_time 2 (first lines 3, 4)"), outcome.err());
    }

    @Test
    void missingTripFileExitTwo() {
        Path missing = temp.resolve("none.csv");
        CliOutcome outcome = cli("run", TINY, "--trips", missing.toString(), "--out", temp.resolve("run").toString());
        assertEquals(2, outcome.code());
        assertEquals("error: " + missing + ": the trip file does not exist. Check the --trips path.", outcome.err().strip());
    }

    @Test
    void unknownFormatExitTwo() throws Exception {
        Path trips = cellsFile("60,0,0,5,5");
        CliOutcome outcome = cli("run", TINY, "--trips", trips.toString(), "--trips-format", "csv");
        assertEquals(2, outcome.code());
        assertTrue(outcome.err().contains("--trips-format csv is invalid: must be one of auto, rideaustin"), outcome.err());
    }

    @Test
    void zonesWithoutTripsExitTwo() {
        CliOutcome outcome = cli("run", TINY, "--zones", "zones.csv");
        assertEquals(2, outcome.code());
        assertTrue(outcome.err().contains("--zones is used only with --trips"), outcome.err());
    }
}
