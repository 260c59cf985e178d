package org.ridegrid.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ridegrid.output.ScenarioRun;

class ComparisonReportTest {
    @TempDir
    static Path temp;
    static Path oneDay;
    static Path twoDays;
    static Path out;
    static String html;

    @BeforeAll
    static void compare() throws Exception {
        oneDay = TinyRuns.run(temp.resolve("seed7-1day"), 1, "--seed", "7");
        twoDays = TinyRuns.run(temp.resolve("seed42-2days"), 2);
        out = Files.createDirectories(temp.resolve("comparison"));
        html = Files.readString(ComparisonReport.write(List.of(oneDay, twoDays), out));
    }

    @Test
    void pageHasBothLabelsAndNumbers() throws Exception {
        for (Path run : List.of(oneDay, twoDays)) {
            String label = run.getFileName().toString();
            assertTrue(html.contains("<th>" + label + "</th>"), label + " as a column");
            Map<?, ?> requests = (Map<?, ?>) ScenarioRun.readSummary(run).get("requests");
            assertTrue(html.contains("<td>" + requests.get("total") + "</td>"), label + " requests " + requests.get("total"));
            Map<?, ?> waits = (Map<?, ?>) ScenarioRun.readSummary(run).get("wait_minutes");
            String p90 = org.ridegrid.output.Numbers.format(((Number) waits.get("p90")).doubleValue(), 2);
            assertTrue(html.contains("<td>" + p90 + "</td>"), label + " p90 wait " + p90);
        }
    }

    @Test
    void mismatchedHorizonsStated() {
        assertTrue(html.contains("different horizons: seed7-1day 1 day, seed42-2days 2 days"), "horizon note");
    }

    @Test
    void sameHorizonsNotStated() throws Exception {
        RunData a = RunData.read(twoDays, "a");
        RunData b = RunData.read(twoDays, "b");
        assertEquals(null, ComparisonReport.horizonNote(List.of(a, b)));
    }

    @Test
    void chartsWrittenAndWaitLinePerRun() throws Exception {
        for (String stem : List.of("compare-waits", "compare-states", "compare-empty-miles")) {
            assertEquals(800, ImageIO.read(out.resolve("charts/" + stem + ".png").toFile()).getHeight(), stem);
            assertTrue(html.contains("charts/" + stem + ".png"), stem + " on the page");
        }
        assertTrue(Files.exists(out.resolve("charts/compare-profit.png")), "profit compared from the runs' economics");
        RunData run = RunData.read(oneDay, "one");
        XYDataset waits = ComparisonCharts.waits(List.of(run, RunData.read(twoDays, "two"))).chart().getXYPlot().getDataset();
        assertEquals(2, waits.getSeriesCount());
        assertEquals("one", waits.getSeriesKey(0));
        HourOfDayProfile p90 = run.hourly().profile("all", "wait_p90_min");
        assertEquals(p90.mean()[8], waits.getYValue(0, 8), 1e-9, "p90 at 08:00");
    }

    @Test
    void duplicateFolderNamesDisambiguated() {
        List<String> labels = RunLabels.of(List.of(Path.of("runs/a/seed1"), Path.of("runs/b/seed1"), Path.of("runs/a/seed1"),
                Path.of("runs/c/other")));
        assertEquals(List.of("a/seed1", "b/seed1", "a/seed1 #2", "other"), labels);
    }
}
