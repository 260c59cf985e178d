package org.ridegrid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ridegrid.model.EmptyReason;
import org.ridegrid.model.VehicleState;
import org.ridegrid.output.ScenarioRun;

class RunCommandTest {
    private static final String TINY = "src/test/resources/scenarios/tiny.yaml";

    private static CliOutcome cli(String... args) {
        return CliOutcome.run(args);
    }

    @Test
    void runWritesEveryFile(@TempDir Path temp) throws Exception {
        Path folder = temp.resolve("run");
        CliOutcome outcome = cli("run", TINY, "--days", "1", "--out", folder.toString());
        assertEquals(0, outcome.code(), outcome.err());
        assertTrue(outcome.out().contains("Run folder: " + folder), outcome.out());
        for (String file : List.of("scenario.yaml", "summary.json", "hourly.csv", "trips.csv", "vehicles.csv", "pads.csv")) {
            assertTrue(Files.size(folder.resolve(file)) > 0, file);
        }
        try (var entries = Files.list(folder)) {
            assertFalse(entries.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")), "temporary files left");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void summaryHasEveryKey(@TempDir Path temp) throws Exception {
        Path folder = temp.resolve("run");
        assertEquals(0, cli("run", TINY, "--days", "1", "--seed", "9", "--out", folder.toString()).code());
        Map<String, Object> summary = ScenarioRun.readSummary(folder);
        for (String key : List.of("scenario", "seed", "days", "requests", "wait_minutes", "picked_up_within_5_min",
                "picked_up_within_10_min", "fleets", "peaks")) {
            assertTrue(summary.containsKey(key), key);
        }
        assertEquals(9, summary.get("seed"));
        Map<String, Object> requests = (Map<String, Object>) summary.get("requests");
        for (String key : List.of("total", "served", "abandoned", "rejected", "open_at_end")) {
            assertTrue(requests.containsKey(key), "requests." + key);
        }
        Map<String, Object> waits = (Map<String, Object>) summary.get("wait_minutes");
        for (String key : List.of("mean", "p50", "p90", "p95", "max")) {
            assertTrue(waits.containsKey(key), "wait_minutes." + key);
        }
        Map<String, Object> fleet = ((List<Map<String, Object>>) summary.get("fleets")).get(0);
        for (String key : List.of("name", "kind", "vehicles", "hours_by_state", "miles", "empty_return_trips",
                "utilization", "idle_share")) {
            assertTrue(fleet.containsKey(key), "fleets[0]." + key);
        }
        Map<String, Object> states = (Map<String, Object>) fleet.get("hours_by_state");
        for (VehicleState state : VehicleState.values()) {
            assertTrue(states.containsKey(state.name()), "hours_by_state." + state.name());
        }
        Map<String, Object> emptyByReason = (Map<String, Object>) ((Map<String, Object>) fleet.get("miles")).get("empty_by_reason");
        for (EmptyReason reason : EmptyReason.values()) {
            assertTrue(emptyByReason.containsKey(reason.key()), "empty_by_reason." + reason.key());
        }
        Map<String, Object> peaks = (Map<String, Object>) summary.get("peaks");
        for (String period : List.of("am", "pm", "off_peak")) {
            Map<String, Object> peak = (Map<String, Object>) peaks.get(period);
            for (String key : List.of("requests", "abandoned", "wait_p50", "wait_p90")) {
                assertTrue(peak.containsKey(key), "peaks." + period + "." + key);
            }
        }
    }

    @Test
    void defaultFolderUnderRunsDir(@TempDir Path temp) throws Exception {
        CliOutcome outcome = cli("run", TINY, "--days", "1", "--runs-dir", temp.toString());
        assertEquals(0, outcome.code(), outcome.err());
        try (var scenarios = Files.list(temp.resolve("tiny"))) {
            Path folder = scenarios.findFirst().orElseThrow();
            assertTrue(folder.getFileName().toString().startsWith("seed42-"), folder.toString());
            assertTrue(Files.exists(folder.resolve("summary.json")));
        }
    }

    @Test
    void nonEmptyOutIsRefused(@TempDir Path temp) throws Exception {
        Path earlier = temp.resolve("summary.json");
        Files.writeString(earlier, "earlier results");
        CliOutcome outcome = cli("run", TINY, "--days", "1", "--out", temp.toString());
        assertEquals(2, outcome.code());
        assertTrue(outcome.err().contains("already contains files"), outcome.err());
        assertEquals("earlier results", Files.readString(earlier));
    }

    @Test
    void invalidScenarioExitsTwoWithoutTrace(@TempDir Path temp) throws Exception {
        Path file = temp.resolve("bad.yaml");
        Files.writeString(file, "name: bad\nfleets:\n  - name: cabs\n    kind: cybercab\n    vehicles: -5\n");
        CliOutcome outcome = cli("run", file.toString(), "--out", temp.resolve("run").toString());
        assertEquals(2, outcome.code());
        assertTrue(outcome.err().contains(file + ":5"), outcome.err());
        assertTrue(outcome.err().contains("fleets[0].vehicles"), outcome.err());
        assertFalse(outcome.err().contains("\tat "), "no stack trace: " + outcome.err());
        assertFalse(Files.exists(temp.resolve("run")), "no run folder for an invalid scenario");
    }

    @Test
    void missingFileExitsTwo() {
        CliOutcome outcome = cli("validate", "cities/no-such-city.yaml");
        assertEquals(2, outcome.code());
        assertTrue(outcome.err().contains("no-such-city.yaml"), outcome.err());
    }

    @Test
    void badOptionValueExitsTwo() {
        CliOutcome outcome = cli("run", TINY, "--days", "zero");
        assertEquals(2, outcome.code());
        assertTrue(outcome.err().contains("--days"), outcome.err());
    }

    @Test
    void unknownOptionExitsTwo() {
        CliOutcome outcome = cli("run", TINY, "--sede", "4");
        assertEquals(2, outcome.code());
        assertTrue(outcome.err().contains("--sede"), outcome.err());
    }

    @Test
    void setOverrideOutOfRangeExitsTwo() {
        CliOutcome outcome = cli("validate", TINY, "--set", "demand.max_wait_minutes=0");
        assertEquals(2, outcome.code());
        assertTrue(outcome.err().contains("--set"), outcome.err());
        assertTrue(outcome.err().contains("max_wait_minutes"), outcome.err());
    }

    @Test
    void validateAcceptsShippedCity() {
        CliOutcome outcome = cli("validate", "cities/austin.yaml");
        assertEquals(0, outcome.code(), outcome.err());
        assertTrue(outcome.err().contains("is valid"), outcome.err());
    }

    @Test
    void helpExplainsEveryRunOption() {
        CliOutcome outcome = cli("run", "--help");
        assertEquals(0, outcome.code());
        for (String option : List.of("--seed", "--days", "--out", "--set", "--runs-dir", "--no-check")) {
            assertTrue(outcome.out().contains(option), option);
        }
        assertTrue(outcome.out().contains("Default"), outcome.out());
    }
}
