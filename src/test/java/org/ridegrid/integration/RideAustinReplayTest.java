package org.ridegrid.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ridegrid.cli.RideGridCli;
import org.ridegrid.output.ScenarioRun;

/**
 * Replays RideAustin trips through cities/austin.yaml: every row is read, every skipped row has a
 * reason, and every used row ends as exactly one request outcome.
 */
class RideAustinReplayTest {
    /** The first 500 rows of the RideAustin file; src/test/resources/trips/README.md gives its source. */
    private static final Path FIXTURE = Path.of("src/test/resources/trips/rideaustin-2017-03-15-first-500.csv");
    /** The whole 24-hour file, present on machines that hold the shared data folder. */
    private static final Path FULL_DAY = Path.of("/work/shared/data/rideaustin/rideaustin_2017-03-15_24h_trips.csv");

    @TempDir
    Path temp;

    @SuppressWarnings("unchecked")
    private Map<String, Object> replay(Path trips) throws Exception {
        Path folder = temp.resolve("run");
        StringWriter err = new StringWriter();
        int code = RideGridCli.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "run", "cities/austin.yaml",
                "--days", "2", "--set", "start_weekday=wednesday", "--no-charts", "--trips", trips.toString(),
                "--out", folder.toString());
        assertEquals(0, code, err.toString());
        return ScenarioRun.readSummary(folder);
    }

    @SuppressWarnings("unchecked")
    private static void assertOutcomesMatchRows(Map<String, Object> summary, long rowsRead) {
        Map<String, Object> tripFile = (Map<String, Object>) summary.get("trip_file");
        assertEquals("rideaustin", tripFile.get("format"));
        assertEquals("2017-03-15T00:00", tripFile.get("time_zero"));
        assertEquals(rowsRead, ((Number) tripFile.get("rows_read")).longValue());
        long used = ((Number) tripFile.get("rows_used")).longValue();
        long skipped = ((Number) tripFile.get("rows_skipped")).longValue();
        assertEquals(rowsRead, used + skipped, "every row is used or skipped");

        long byReason = 0;
        for (Map.Entry<String, Object> entry : ((Map<String, Object>) tripFile.get("skipped_by_reason")).entrySet()) {
            Map<String, Object> reason = (Map<String, Object>) entry.getValue();
            long count = ((Number) reason.get("count")).longValue();
            List<Object> lines = (List<Object>) reason.get("first_lines");
            assertEquals(Math.min(count, 5), lines.size(), entry.getKey() + " first lines");
            byReason += count;
        }
        assertEquals(skipped, byReason, "skipped rows by reason add up");

        Map<String, Object> requests = (Map<String, Object>) summary.get("requests");
        long outcomes = 0;
        for (String outcome : List.of("served", "abandoned", "rejected", "priced_out", "open_at_end")) {
            outcomes += ((Number) requests.get(outcome)).longValue();
        }
        assertEquals(used, ((Number) requests.get("total")).longValue(), "one request per used row");
        assertEquals(used, outcomes, "served + abandoned + rejected + priced out + open = rows used");
        assertTrue(((Number) requests.get("served")).longValue() > 0, "nobody served");
    }

    @Test
    @SuppressWarnings("unchecked")
    void fixtureOutcomesMatchRows() throws Exception {
        Map<String, Object> summary = replay(FIXTURE);
        assertOutcomesMatchRows(summary, 500);
        Map<String, Object> reasons = (Map<String, Object>) ((Map<String, Object>) summary.get("trip_file"))
                .get("skipped_by_reason");
        // Only the grid's edges skip rows of this clean file: pickups or drop-offs beyond 5 miles from the centre.
        for (Map.Entry<String, Object> entry : reasons.entrySet()) {
            long count = ((Number) ((Map<String, Object>) entry.getValue()).get("count")).longValue();
            if (!entry.getKey().endsWith("_outside_grid")) {
                assertEquals(0, count, entry.getKey());
            }
        }
    }

    @Test
    void fullDayOutcomesMatchRows() throws Exception {
        Assumptions.assumeTrue(Files.isReadable(FULL_DAY), "the full RideAustin day is not on this machine");
        assertOutcomesMatchRows(replay(FULL_DAY), 15_524);
    }
}
