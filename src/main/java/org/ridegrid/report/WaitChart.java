package org.ridegrid.report;

import java.awt.Color;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.YIntervalRenderer;
import org.jfree.data.RangeType;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.ridegrid.output.Numbers;

/**
 * Rider waits by hour of day from the city ({@code all}) rows of hourly.csv: the p50, p90 and p95
 * wait of the riders picked up in each hour as lines, and the abandoned requests as bars on a
 * second axis, so a shortage at the commute peaks shows as both.
 */
final class WaitChart {
    static final int ABANDONED_DATASET = 0;
    static final int WAIT_DATASET = 1;
    static final int ABANDONED_SPREAD_DATASET = 2;
    static final String[] WAIT_COLUMNS = {"wait_p50_min", "wait_p90_min", "wait_p95_min"};
    static final String[] WAIT_NAMES = {"p50 wait", "p90 wait", "p95 wait"};
    static final Color[] WAIT_COLORS = {new Color(0x9ECAE1), new Color(0x3182BD), new Color(0x08306B)};

    private WaitChart() {
    }

    static ReportChart build(RunData run) throws ReportInputException {
        HourlyTable hourly = run.hourly();
        YIntervalSeriesCollection waits = new YIntervalSeriesCollection();
        for (int i = 0; i < WAIT_COLUMNS.length; i++) {
            waits.addSeries(HourOfDayPlot.meanWithSpread(WAIT_NAMES[i],
                    hourly.profile(HourlyTable.CITY, WAIT_COLUMNS[i]), 1));
        }
        HourOfDayProfile abandoned = hourly.profile(HourlyTable.CITY, "abandoned");
        XYSeries abandonedSeries = new XYSeries("abandoned requests (mean per hour)", false, false);
        for (int hour = 0; hour < HourOfDayProfile.HOURS; hour++) {
            abandonedSeries.add(HourOfDayPlot.x(hour), abandoned.mean()[hour]);
        }
        XYSeriesCollection bars = new XYSeriesCollection(abandonedSeries);
        bars.setIntervalWidth(0.8);
        XYBarRenderer barRenderer = new XYBarRenderer();
        barRenderer.setBarPainter(new StandardXYBarPainter());
        barRenderer.setShadowVisible(false);
        barRenderer.setSeriesPaint(0, ChartStyle.translucent(ChartStyle.ABANDONED, 110));

        NumberAxis waitAxis = new NumberAxis("Wait from request to pickup (minutes)");
        NumberAxis abandonedAxis = new NumberAxis("Abandoned requests per hour");
        abandonedAxis.setAutoRangeMinimumSize(1);
        abandonedAxis.setRangeType(RangeType.POSITIVE);
        XYPlot plot = new XYPlot();
        plot.setDomainAxis(HourOfDayPlot.hourAxis());
        plot.setRangeAxis(0, waitAxis);
        plot.setRangeAxis(1, abandonedAxis);
        plot.setRenderer(ABANDONED_DATASET, barRenderer);
        plot.setDataset(ABANDONED_DATASET, bars);
        plot.mapDatasetToRangeAxis(ABANDONED_DATASET, 1);
        plot.setRenderer(WAIT_DATASET, HourOfDayPlot.bandRenderer(waits, WAIT_COLORS));
        plot.setDataset(WAIT_DATASET, waits);
        plot.mapDatasetToRangeAxis(WAIT_DATASET, 0);
        if (hourly.days() > 1) {
            YIntervalSeriesCollection spread = new YIntervalSeriesCollection();
            spread.addSeries(HourOfDayPlot.meanWithSpread("abandoned: lowest to highest day", abandoned, 1));
            YIntervalRenderer whiskers = new YIntervalRenderer();
            whiskers.setSeriesPaint(0, ChartStyle.ABANDONED.darker());
            whiskers.setSeriesStroke(0, ChartStyle.LINE);
            plot.setRenderer(ABANDONED_SPREAD_DATASET, whiskers);
            plot.setDataset(ABANDONED_SPREAD_DATASET, spread);
            plot.mapDatasetToRangeAxis(ABANDONED_SPREAD_DATASET, 1);
        }
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        HourOfDayPlot.addPeakMarkers(plot);

        JFreeChart chart = new JFreeChart("Rider waits and abandoned requests by hour of day",
                JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartStyle.addSubtitle(chart, run.label() + ", all fleets, " + hourly.days() + "-day mean day; riders give up"
                + " after " + Numbers.format(run.scenario().maxWaitMinutes(), 2) + " minutes unassigned");
        ChartStyle.apply(chart);
        String caption = "Waits of the riders picked up in each hour, and requests abandoned. A fleet short of"
                + " vehicles at the commute peaks shows rising p90 and p95 waits and red bars in the shaded hours."
                + HourOfDayPlot.spreadNote(hourly.days())
                + (hourly.days() > 1 ? " Red whiskers run from the lowest to the highest day's abandoned count." : "");
        return new ReportChart("waits", chart, caption);
    }
}
