package org.ridegrid.report;

import java.awt.Color;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.ridegrid.model.VehicleState;

/**
 * Charging by hour of day from a fleet's rows of hourly.csv: the mean number of vehicles charging
 * and queued for a charger, and the fleet's mean state of charge on a second axis.
 */
final class ChargingChart {
    static final int VEHICLE_DATASET = 0;
    static final int SOC_DATASET = 1;
    static final Color SOC_COLOR = new Color(0x404040);

    private ChargingChart() {
    }

    static ReportChart build(RunData run, String fleet, String fileStem) throws ReportInputException {
        HourlyTable hourly = run.hourly();
        YIntervalSeriesCollection vehicles = new YIntervalSeriesCollection();
        vehicles.addSeries(HourOfDayPlot.meanWithSpread("vehicles charging",
                hourly.profile(fleet, HourlyTable.stateColumn(VehicleState.CHARGING)), 1));
        vehicles.addSeries(HourOfDayPlot.meanWithSpread("vehicles queued for a charger",
                hourly.profile(fleet, HourlyTable.stateColumn(VehicleState.QUEUED_FOR_CHARGER)), 1));
        YIntervalSeriesCollection soc = new YIntervalSeriesCollection();
        soc.addSeries(HourOfDayPlot.meanWithSpread("mean state of charge (right axis)",
                hourly.profile(fleet, "mean_soc_share"), 100));

        XYPlot plot = new XYPlot();
        plot.setDomainAxis(HourOfDayPlot.hourAxis());
        plot.setRangeAxis(0, new NumberAxis("Vehicles (mean over the hour)"));
        NumberAxis socAxis = new NumberAxis("Mean state of charge (% of battery capacity)");
        socAxis.setRange(0, 100);
        plot.setRangeAxis(1, socAxis);
        plot.setRenderer(VEHICLE_DATASET, HourOfDayPlot.bandRenderer(vehicles,
                ChartStyle.stateColor(VehicleState.CHARGING), ChartStyle.stateColor(VehicleState.QUEUED_FOR_CHARGER)));
        plot.setDataset(VEHICLE_DATASET, vehicles);
        DeviationRenderer socRenderer = HourOfDayPlot.bandRenderer(soc, SOC_COLOR);
        socRenderer.setSeriesStroke(0, ChartStyle.DASHED);
        plot.setRenderer(SOC_DATASET, socRenderer);
        plot.setDataset(SOC_DATASET, soc);
        plot.mapDatasetToRangeAxis(SOC_DATASET, 1);
        HourOfDayPlot.addPeakMarkers(plot);

        JFreeChart chart = new JFreeChart("Fleet " + fleet + ": charging by hour of day", JFreeChart.DEFAULT_TITLE_FONT,
                plot, true);
        ChartStyle.addSubtitle(chart, run.label() + ", " + hourly.days() + "-day mean day; state of charge sampled at"
                + " the start of each hour");
        ChartStyle.apply(chart);
        String caption = "Fleet " + fleet + ": vehicles on a pad and waiting for one, with the fleet's mean battery"
                + " level. Look for charging that falls in the shaded peaks, and for queues, which mean too few pad"
                + " places." + HourOfDayPlot.spreadNote(hourly.days());
        return new ReportChart(fileStem, chart, caption);
    }
}
