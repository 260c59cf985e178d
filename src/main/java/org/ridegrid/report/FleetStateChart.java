package org.ridegrid.report;

import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.StackedXYAreaRenderer2;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.ridegrid.model.VehicleState;
import org.ridegrid.output.Numbers;

/**
 * Fleet state by hour of day: the mean number of vehicles in each state, stacked, from the fleet's
 * rows of hourly.csv. Working states are stacked at the bottom, then idle, then off duty, so the
 * top of the working stack is the number of vehicles busy. On a multi-day run a band shows that
 * number's day-to-day spread.
 */
final class FleetStateChart {
    /** Stacking order, bottom first. */
    static final List<VehicleState> STACK_ORDER = List.of(VehicleState.OCCUPIED, VehicleState.TO_PICKUP,
            VehicleState.REPOSITIONING, VehicleState.TO_CHARGER, VehicleState.QUEUED_FOR_CHARGER, VehicleState.CHARGING,
            VehicleState.TO_DEPOT, VehicleState.AT_DEPOT, VehicleState.FROM_DEPOT, VehicleState.RETURNING_TO_OWNER,
            VehicleState.IDLE, VehicleState.OFF_DUTY);
    static final int STACK_DATASET = 0;
    static final int SPREAD_DATASET = 1;

    private FleetStateChart() {
    }

    static ReportChart build(RunData run, String fleet, String fileStem) throws ReportInputException {
        HourlyTable hourly = run.hourly();
        DefaultTableXYDataset stack = new DefaultTableXYDataset();
        List<VehicleState> plotted = new ArrayList<>();
        for (VehicleState state : STACK_ORDER) {
            HourOfDayProfile profile = hourly.profile(fleet, HourlyTable.stateColumn(state));
            if (!anyPositive(profile)) {
                continue;
            }
            XYSeries series = new XYSeries(state.label(), false, false);
            for (int hour = 0; hour < HourOfDayProfile.HOURS; hour++) {
                double mean = profile.mean()[hour];
                series.add(HourOfDayPlot.x(hour), Double.isNaN(mean) ? 0 : mean);
            }
            stack.addSeries(series);
            plotted.add(state);
        }
        StackedXYAreaRenderer2 stackRenderer = new StackedXYAreaRenderer2();
        for (int i = 0; i < plotted.size(); i++) {
            stackRenderer.setSeriesPaint(i, ChartStyle.stateColor(plotted.get(i)));
        }
        NumberAxis vehicles = new NumberAxis("Vehicles (mean over the hour)");
        XYPlot plot = new XYPlot(stack, HourOfDayPlot.hourAxis(), vehicles, stackRenderer);
        HourOfDayPlot.addPeakMarkers(plot);

        HourOfDayProfile busy = hourly.profile(fleet, busyColumns());
        if (run.hourly().days() > 1) {
            YIntervalSeriesCollection spread = new YIntervalSeriesCollection();
            spread.addSeries(HourOfDayPlot.meanWithSpread("vehicles not idle: day-to-day min to max", busy, 1));
            DeviationRenderer spreadRenderer = HourOfDayPlot.bandRenderer(spread, ChartStyle.SPREAD_LINE);
            spreadRenderer.setSeriesStroke(0, ChartStyle.DASHED);
            plot.setRenderer(SPREAD_DATASET, spreadRenderer);
            plot.setDataset(SPREAD_DATASET, spread);
            plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        }
        JFreeChart chart = new JFreeChart("Fleet " + fleet + ": vehicles in each state by hour of day",
                JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartStyle.addSubtitle(chart, run.label() + ", " + hourly.days() + "-day mean day, "
                + Numbers.format(run.summary().number(run.summary().fleet(fleet), "vehicles"), 0) + " vehicles");
        ChartStyle.apply(chart);
        String caption = "Fleet " + fleet + ": how many vehicles are busy, idle or charging at each hour. Look for"
                + " the idle layer thinning at the shaded weekday peaks." + bandNote(hourly.days());
        return new ReportChart(fileStem, chart, caption);
    }

    /** Returns the columns of every state in which a vehicle is on duty and not idle. */
    static List<String> busyColumns() {
        List<String> columns = new ArrayList<>();
        for (VehicleState state : VehicleState.values()) {
            if (state.isOnDuty() && state != VehicleState.IDLE) {
                columns.add(HourlyTable.stateColumn(state));
            }
        }
        return columns;
    }

    private static String bandNote(int days) {
        return days > 1 ? " The dashed line and grey band are the vehicles not idle: mean, and lowest to highest of"
                + " the " + days + " days." : "";
    }

    private static boolean anyPositive(HourOfDayProfile profile) {
        for (double mean : profile.mean()) {
            if (mean > 0) {
                return true;
            }
        }
        return false;
    }
}
