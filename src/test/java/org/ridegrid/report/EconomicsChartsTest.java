package org.ridegrid.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import javax.imageio.ImageIO;

import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Economics charts are drawn from a hand-written summary.json and skipped without one. */
class EconomicsChartsTest {
    private static final Path FIXTURE = Path.of("src/test/resources/report/economics/summary.json");

    private static Path runWithEconomics(Path temp) throws Exception {
        Path folder = TinyRuns.run(temp.resolve("tiny-economics"), 2);
        Files.copy(FIXTURE, folder.resolve("summary.json"), StandardCopyOption.REPLACE_EXISTING);
        return folder;
    }

    @Test
    void economicsReadFromFixture(@TempDir Path temp) throws Exception {
        RunData run = RunData.read(runWithEconomics(temp), "tiny");
        List<Economics> economics = run.economics().orElseThrow();
        assertEquals(1, economics.size());
        Economics cabs = economics.get(0);
        assertEquals("cabs", cabs.fleet());
        assertEquals(210.0, cabs.profitPerVehicleDay());
        assertEquals(142.8571, cabs.paybackDays());
        assertEquals(30000.0, cabs.capitalCostPerVehicle());
    }

    @Test
    void cashCrossesZeroAtPayback(@TempDir Path temp) throws Exception {
        RunData run = RunData.read(runWithEconomics(temp), "tiny");
        XYDataset cash = EconomicsCharts.cash(run, run.economics().orElseThrow()).chart().getXYPlot().getDataset();
        assertEquals(-30000.0, cash.getYValue(0, 0), 1e-9, "cash at day 0 is minus the capital cost");
        double crossing = Double.NaN;
        for (int item = 1; item < cash.getItemCount(0); item++) {
            double before = cash.getYValue(0, item - 1);
            double after = cash.getYValue(0, item);
            if (before < 0 && after >= 0) {
                double x0 = cash.getXValue(0, item - 1);
                double x1 = cash.getXValue(0, item);
                crossing = x0 + (x1 - x0) * (-before) / (after - before);
            }
        }
        assertEquals(142.8571, crossing, 1e-3, "day the cash crosses zero");
    }

    @Test
    void economicsChartsWrittenWhenPresent(@TempDir Path temp) throws Exception {
        Path folder = runWithEconomics(temp);
        Path page = RunReport.write(folder, folder);
        for (String stem : List.of("profit", "cash")) {
            Path png = folder.resolve("charts/" + stem + ".png");
            assertEquals(1200, ImageIO.read(png.toFile()).getWidth(), stem);
        }
        String html = Files.readString(page);
        assertTrue(html.contains("Profit per vehicle-day ($)"), "economics rows in the headline table");
        assertTrue(html.contains("<td>210</td>"), "profit per vehicle-day value");
        assertTrue(html.contains("<td>142.9</td>"), "payback days value");
    }

    /** Rewrites a run's summary.json through Jackson, for the cases that real runs do not produce. */
    private static void editSummary(Path folder, java.util.function.Consumer<com.fasterxml.jackson.databind.node.ObjectNode> edit)
            throws Exception {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var root = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(folder.resolve("summary.json").toFile());
        edit.accept(root);
        mapper.writeValue(folder.resolve("summary.json").toFile(), root);
    }

    @Test
    void economicsChartsSkippedWhenAbsent(@TempDir Path temp) throws Exception {
        Path folder = TinyRuns.run(temp.resolve("tiny-plain"), 1);
        editSummary(folder, root -> root.withArray("fleets").forEach(
                fleet -> ((com.fasterxml.jackson.databind.node.ObjectNode) fleet).remove("economics")));
        Path page = RunReport.write(folder, folder);
        assertFalse(Files.exists(folder.resolve("charts/profit.png")), "profit chart");
        assertFalse(Files.exists(folder.resolve("charts/cash.png")), "cash chart");
        assertTrue(Files.readString(page).contains("has no economics numbers"), "the page says why");
    }

    @Test
    void runEconomicsDrawn(@TempDir Path temp) throws Exception {
        Path folder = TinyRuns.run(temp.resolve("tiny-run"), 1);
        Economics cabs = RunData.read(folder, "tiny").economics().orElseThrow().get(0);
        assertEquals("cabs", cabs.fleet());
        assertEquals(30000.0, cabs.capitalCostPerVehicle(), "the default capital cost");
        RunReport.write(folder, folder);
        assertTrue(Files.exists(folder.resolve("charts/profit.png")), "profit chart of a real run");
    }

    @Test
    void nullPaybackMeansNever(@TempDir Path temp) throws Exception {
        Path folder = runWithEconomics(temp);
        editSummary(folder, root -> ((com.fasterxml.jackson.databind.node.ObjectNode) root.withArray("fleets").get(0)
                .get("economics")).putNull("payback_days"));
        Economics cabs = RunData.read(folder, "tiny").economics().orElseThrow().get(0);
        assertTrue(Double.isNaN(cabs.paybackDays()), "null payback means never");
    }
}
