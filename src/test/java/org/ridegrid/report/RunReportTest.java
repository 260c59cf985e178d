package org.ridegrid.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunReportTest {
    private static final List<String> CHARTS = List.of("fleet-state-cabs", "waits", "empty-miles", "charging-cabs",
            "map-requests", "map-abandoned", "map-vehicles", "map-pads");

    @TempDir
    static Path temp;
    static Path folder;
    static Path page;

    @BeforeAll
    static void writeReport() throws Exception {
        folder = TinyRuns.run(temp.resolve("tiny-2d"), 2);
        page = RunReport.write(folder, folder);
    }

    @Test
    void everyChartIs1200By800() throws Exception {
        for (String stem : CHARTS) {
            Path png = folder.resolve("charts").resolve(stem + ".png");
            BufferedImage image = ImageIO.read(png.toFile());
            assertNotNull(image, png + " does not decode as an image");
            assertEquals(1200, image.getWidth(), png + " width");
            assertEquals(800, image.getHeight(), png + " height");
        }
    }

    @Test
    void economicsChartsFromRunNumbers() {
        assertTrue(Files.exists(folder.resolve("charts/profit.png")), "profit chart");
        assertTrue(Files.exists(folder.resolve("charts/cash.png")), "cash chart");
    }

    @Test
    void pageShowsSettingsNumbersAndCharts() throws Exception {
        String html = Files.readString(page);
        assertTrue(html.contains("RideGrid run report: tiny"), "title with the scenario name");
        assertTrue(html.contains("<td>42</td>"), "seed");
        assertTrue(html.contains("5 vehicles, kind cybercab"), "fleet size");
        assertTrue(html.contains("<td>200</td>"), "requests per day");
        String requests = String.valueOf(((java.util.Map<?, ?>) org.ridegrid.output.ScenarioRun.readSummary(folder)
                .get("requests")).get("total"));
        assertTrue(html.contains("<td>" + requests + "</td>"), "requests total " + requests);
        for (String stem : CHARTS) {
            assertTrue(html.contains("src=\"charts/" + stem + ".png\""), stem + " is on the page");
        }
        assertFalse(html.contains("<script"), "the page needs no JavaScript");
        assertFalse(html.contains("http"), "the page loads nothing from the network");
    }

    @Test
    void noTemporaryFilesLeft() throws Exception {
        try (Stream<Path> files = Files.walk(folder)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")), "temporary files left");
        }
    }

    @Test
    void secondReportReplacesFirst() throws Exception {
        Path copy = TinyRuns.copy(folder, temp.resolve("again"));
        RunReport.write(copy, copy);
        RunReport.write(copy, copy);
        try (Stream<Path> files = Files.list(copy.resolve("charts"))) {
            assertEquals(CHARTS.size() + 2, files.count(), "one PNG per chart, profit and cash included");
        }
    }
}
