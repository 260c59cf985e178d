package org.ridegrid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
    private static final String TINY = "src/test/resources/scenarios/tiny.yaml";

    @TempDir
    static Path temp;
    static Path run;

    private static CliOutcome cli(String... args) {
        return CliOutcome.run(args);
    }

    @BeforeAll
    static void makeRun() {
        run = temp.resolve("tiny");
        CliOutcome outcome = cli("run", TINY, "--days", "1", "--out", run.toString());
        assertEquals(0, outcome.code(), outcome.err());
    }

    private static Path copyOfRun(String name) throws Exception {
        Path copy = Files.createDirectories(temp.resolve(name));
        for (String file : List.of("scenario.yaml", "summary.json", "hourly.csv", "trips.csv", "vehicles.csv", "pads.csv")) {
            Files.copy(run.resolve(file), copy.resolve(file));
        }
        return copy;
    }

    private static void assertInvalid(CliOutcome outcome, String named) {
        assertEquals(2, outcome.code(), outcome.err());
        assertTrue(outcome.err().contains(named), "message names " + named + ": " + outcome.err());
        assertFalse(outcome.err().contains("\tat "), "no stack trace: " + outcome.err());
    }

    @Test
    void runWritesReportByDefault() {
        assertTrue(Files.isRegularFile(run.resolve("report.html")), "report.html");
        assertTrue(Files.isRegularFile(run.resolve("charts/waits.png")), "charts/waits.png");
    }

    @Test
    void runWithNoChartsWritesNone() {
        Path folder = temp.resolve("no-charts");
        CliOutcome outcome = cli("run", TINY, "--days", "1", "--out", folder.toString(), "--no-charts");
        assertEquals(0, outcome.code(), outcome.err());
        assertFalse(Files.exists(folder.resolve("report.html")), "report.html");
        assertFalse(Files.exists(folder.resolve("charts")), "charts/");
    }

    @Test
    void reportOfOneRunIntoOut() {
        Path out = temp.resolve("one-report");
        CliOutcome outcome = cli("report", run.toString(), "--out", out.toString());
        assertEquals(0, outcome.code(), outcome.err());
        assertTrue(outcome.out().contains("Report: " + out.resolve("report.html")), outcome.out());
        assertTrue(Files.isRegularFile(out.resolve("charts/fleet-state-cabs.png")));
    }

    @Test
    void missingFolderRejected() {
        Path missing = temp.resolve("no-such-run");
        assertInvalid(cli("report", missing.toString()), missing.toString());
    }

    @Test
    void folderWithoutSummaryRejected() throws Exception {
        Path folder = copyOfRun("no-summary");
        Files.delete(folder.resolve("summary.json"));
        CliOutcome outcome = cli("report", folder.toString());
        assertInvalid(outcome, folder.resolve("summary.json").toString());
        assertTrue(outcome.err().contains("is not a run folder"), outcome.err());
    }

    @Test
    void folderWithoutHourlyRejected() throws Exception {
        Path folder = copyOfRun("no-hourly");
        Files.delete(folder.resolve("hourly.csv"));
        assertInvalid(cli("report", folder.toString()), folder.resolve("hourly.csv").toString());
    }

    @Test
    void malformedCsvLineRejected() throws Exception {
        Path folder = copyOfRun("bad-number");
        Path hourly = folder.resolve("hourly.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(hourly));
        lines.set(5, lines.get(5).replaceFirst(",cabs,,,,,", ",cabs,,,,,x"));
        Files.write(hourly, lines);
        assertInvalid(cli("report", folder.toString()), hourly + " line 6: column pickups");
    }

    @Test
    void wrongFieldCountRejected() throws Exception {
        Path folder = copyOfRun("short-line");
        Path pads = folder.resolve("pads.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(pads));
        lines.set(2, "1,7,3");
        Files.write(pads, lines);
        CliOutcome outcome = cli("report", folder.toString());
        assertInvalid(outcome, pads + " line 3: has 3 fields");
    }

    @Test
    void nonEmptyOutRejected() throws Exception {
        Path out = Files.createDirectories(temp.resolve("used-out"));
        Path existing = Files.writeString(out.resolve("notes.txt"), "keep me");
        CliOutcome outcome = cli("report", run.toString(), run.toString(), "--out", out.toString());
        assertInvalid(outcome, "--out " + out);
        assertEquals("keep me", Files.readString(existing), "existing file untouched");
        try (var entries = Files.list(out)) {
            assertEquals(1, entries.count(), "nothing written into --out");
        }
    }

    @Test
    void comparisonWithoutOutRejected() {
        assertInvalid(cli("report", run.toString(), run.toString()), "--out");
    }

    @Test
    void comparisonOfTwoRuns() {
        Path out = temp.resolve("comparison");
        CliOutcome outcome = cli("report", run.toString(), run.toString(), "--out", out.toString());
        assertEquals(0, outcome.code(), outcome.err());
        assertTrue(Files.isRegularFile(out.resolve("charts/compare-waits.png")));
    }

    @Test
    void helpNamesEveryOptionAndDefault() {
        CliOutcome outcome = cli("report", "--help");
        assertEquals(0, outcome.code());
        assertTrue(outcome.out().contains("--out"), outcome.out());
        assertTrue(outcome.out().contains("Default for one run: the run folder itself"), outcome.out());
        CliOutcome runHelp = cli("run", "--help");
        assertTrue(runHelp.out().contains("--no-charts"), runHelp.out());
    }
}
