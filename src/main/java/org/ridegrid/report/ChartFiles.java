package org.ridegrid.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.ridegrid.output.AtomicFiles;

/**
 * Writes a chart as a PNG of 1200 x 800 pixels, under a temporary name first.
 * NOTE: there is no SVG output. The SVG library made for JFreeChart, JFreeSVG 5.0.6, is GPLv3, and
 * ridegrid.jar also bundles MASON under the Academic Free License 3.0, which the FSF's licence list
 * calls incompatible with the GPL.
 */
final class ChartFiles {
    private ChartFiles() {
    }

    /** Returns the PNG file name of a chart, relative to its charts/ folder. */
    static String pngName(ReportChart chart) {
        return chart.fileStem() + ".png";
    }

    static void write(Path chartsFolder, ReportChart chart) throws IOException {
        writePng(chartsFolder.resolve(pngName(chart)), chart.chart());
    }

    static void writePng(Path target, JFreeChart chart) throws IOException {
        Path temporary = AtomicFiles.temporaryFor(target);
        try (OutputStream out = Files.newOutputStream(temporary)) {
            ChartUtils.writeChartAsPNG(out, chart, ChartStyle.WIDTH, ChartStyle.HEIGHT);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        AtomicFiles.moveIntoPlace(temporary, target);
    }
}
