package org.ridegrid.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.util.ArrayList;
import java.util.List;

import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYAreaRenderer2;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.RangeType;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.ridegrid.city.SimCalendar;
import org.ridegrid.model.VehicleState;

/**
 * The two live chart windows: vehicles by state over time (stacked, in the state colours), and the
 * mean wait and abandonments per simulated hour. Frames arrive on the model's thread; the charts
 * take a sample every {@link #SAMPLE_SECONDS} of simulated time and update on the Swing thread.
 */
final class LiveCharts implements FrameTick.Sink {
    /** Simulated seconds between two chart samples. */
    static final double SAMPLE_SECONDS = 300.0;
    /** Hours kept in the waits chart; older hours scroll out. */
    private static final int HOURS_KEPT = 14 * 24;

    private final StateSamples states = new StateSamples();
    private final XYSeries meanWait = new XYSeries("mean wait of riders picked up", true, false);
    private final XYSeries abandoned = new XYSeries("riders who gave up", true, false);
    private final StackedXYAreaRenderer2 stateRenderer = new StackedXYAreaRenderer2();
    private final JFrame stateFrame;
    private final JFrame waitFrame;
    private double lastSampleTime = Double.NEGATIVE_INFINITY;
    private int lastHourSent;

    LiveCharts(String scenarioName) {
        meanWait.setMaximumItemCount(HOURS_KEPT);
        abandoned.setMaximumItemCount(HOURS_KEPT);
        stateFrame = frame("Vehicles by state: " + scenarioName, new ChartPanel(stateChart()));
        waitFrame = frame("Waits and abandonments per hour: " + scenarioName, new ChartPanel(waitChart()));
    }

    List<JFrame> frames() {
        return List.of(stateFrame, waitFrame);
    }

    private JFreeChart stateChart() {
        JFreeChart chart = ChartFactory.createStackedXYAreaChart("Vehicles by state", "simulated hours", "vehicles",
                states, PlotOrientation.VERTICAL, true, true, false);
        XYPlot plot = chart.getXYPlot();
        for (VehicleState state : VehicleState.values()) {
            stateRenderer.setSeriesPaint(state.ordinal(), ViewColors.of(state));
            stateRenderer.setSeriesVisibleInLegend(state.ordinal(), false);
        }
        plot.setRenderer(stateRenderer);
        plot.setBackgroundPaint(Color.WHITE);
        ((NumberAxis) plot.getDomainAxis()).setAutoRangeIncludesZero(false);
        return chart;
    }

    private JFreeChart waitChart() {
        NumberAxis hours = new NumberAxis("simulated hours");
        hours.setAutoRangeIncludesZero(false);
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(hours);

        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, true);
        line.setSeriesPaint(0, new Color(VehicleState.TO_PICKUP.rgb()));
        line.setSeriesStroke(0, new BasicStroke(2f));
        NumberAxis minutes = new NumberAxis("minutes");
        minutes.setAutoRangeMinimumSize(2);
        minutes.setRangeType(RangeType.POSITIVE);
        XYPlot waits = new XYPlot(new XYSeriesCollection(meanWait), null, minutes, line);
        waits.setBackgroundPaint(Color.WHITE);
        combined.add(waits, 1);

        XYBarRenderer bars = new XYBarRenderer(0.15);
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, ViewColors.riderWait(1.0));
        XYSeriesCollection abandonedData = new XYSeriesCollection(abandoned);
        abandonedData.setIntervalWidth(1.0);
        NumberAxis riders = new NumberAxis("riders");
        riders.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        riders.setAutoRangeMinimumSize(5);
        riders.setRangeType(RangeType.POSITIVE);
        XYPlot gaveUp = new XYPlot(abandonedData, null, riders, bars);
        gaveUp.setBackgroundPaint(Color.WHITE);
        combined.add(gaveUp, 1);
        return new JFreeChart("Waits and abandonments per hour", JFreeChart.DEFAULT_TITLE_FONT, combined, true);
    }

    private static JFrame frame(String title, ChartPanel panel) {
        JFrame frame = new JFrame(title);
        panel.setPreferredSize(new Dimension(520, 330));
        frame.getContentPane().add(panel);
        frame.setDefaultCloseOperation(WindowConstants.HIDE_ON_CLOSE);
        frame.pack();
        return frame;
    }

    /** Empties both charts for a new run; call on the model's thread before the run starts. */
    void clear() {
        lastSampleTime = Double.NEGATIVE_INFINITY;
        lastHourSent = 0;
        SwingUtilities.invokeLater(() -> {
            states.clear();
            meanWait.clear();
            abandoned.clear();
            updateLegend();
        });
    }

    @Override
    public void frame(Headline headline, LiveEvents events) {
        if (headline.time() - lastSampleTime < SAMPLE_SECONDS) {
            return;
        }
        lastSampleTime = headline.time();
        double hours = headline.time() / SimCalendar.SECONDS_PER_HOUR;
        int[] byState = headline.vehiclesByState().clone();
        // Resend the hour last sent as well: it was still filling then.
        List<double[]> hourRows = new ArrayList<>();
        HourlyTally tally = events.hourly();
        int currentHour = (int) Math.floor(hours);
        for (int hour = lastHourSent; hour <= currentHour; hour++) {
            hourRows.add(new double[] {hour, tally.meanWaitMinutes(hour), tally.abandoned(hour)});
        }
        lastHourSent = currentHour;
        SwingUtilities.invokeLater(() -> {
            states.add(hours, byState);
            for (double[] row : hourRows) {
                double centre = row[0] + 0.5;
                if (!Double.isNaN(row[1])) {
                    meanWait.addOrUpdate(centre, row[1]);
                }
                abandoned.addOrUpdate(centre, row[2]);
            }
            updateLegend();
        });
    }

    private void updateLegend() {
        for (VehicleState state : VehicleState.values()) {
            stateRenderer.setSeriesVisibleInLegend(state.ordinal(), states.seen(state));
        }
    }
}
