package org.ridegrid.report;

import java.awt.Color;
import java.awt.Paint;

import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Parts shared by the hour-of-day charts. The value of hour h (the hour from h:00 to h+1:00) is
 * drawn at x = h + 0.5, so the weekday peaks can be marked at their clock times.
 */
final class HourOfDayPlot {
    /** Weekday morning and evening peaks, as in summary.json {@code peaks}. */
    static final double[][] PEAKS = {{7, 9}, {16, 19}};
    static final String[] PEAK_LABELS = {"morning peak 07-09", "evening peak 16-19"};

    private HourOfDayPlot() {
    }

    static double x(int hourOfDay) {
        return hourOfDay + 0.5;
    }

    static NumberAxis hourAxis() {
        NumberAxis axis = new NumberAxis("Hour of day (h, clock time)");
        axis.setRange(0, 24);
        axis.setTickUnit(new NumberTickUnit(2));
        return axis;
    }

    /** Marks the weekday peaks behind the data. */
    static void addPeakMarkers(XYPlot plot) {
        for (int i = 0; i < PEAKS.length; i++) {
            IntervalMarker marker = new IntervalMarker(PEAKS[i][0], PEAKS[i][1]);
            marker.setPaint(ChartStyle.translucent(ChartStyle.PEAK, 40));
            marker.setLabel(PEAK_LABELS[i]);
            marker.setLabelFont(ChartStyle.TICK_FONT);
            marker.setLabelAnchor(RectangleAnchor.TOP);
            marker.setLabelTextAnchor(TextAnchor.TOP_CENTER);
            plot.addDomainMarker(marker, Layer.BACKGROUND);
        }
    }

    /**
     * Returns a series of the mean day with the day-to-day minimum and maximum as its interval.
     * Hours without a value are left out.
     */
    static YIntervalSeries meanWithSpread(String name, HourOfDayProfile profile, double scale) {
        YIntervalSeries series = new YIntervalSeries(name, false, false);
        for (int hour = 0; hour < HourOfDayProfile.HOURS; hour++) {
            if (!Double.isNaN(profile.mean()[hour])) {
                series.add(x(hour), profile.mean()[hour] * scale, profile.min()[hour] * scale,
                        profile.max()[hour] * scale);
            }
        }
        return series;
    }

    /** Returns a renderer drawing each series as a line with a translucent min-max band in its colour. */
    static DeviationRenderer bandRenderer(YIntervalSeriesCollection dataset, Paint... colors) {
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setAlpha(0.18f);
        for (int i = 0; i < dataset.getSeriesCount(); i++) {
            Color color = (Color) colors[i];
            renderer.setSeriesPaint(i, color);
            renderer.setSeriesFillPaint(i, color);
            renderer.setSeriesStroke(i, ChartStyle.LINE);
        }
        return renderer;
    }

    /** Returns the caption sentence about the band, or "" for a one-day run. */
    static String spreadNote(int days) {
        return days > 1 ? " Lines are the mean of the " + days + " days; shaded bands run from the lowest to the"
                + " highest day." : "";
    }
}
