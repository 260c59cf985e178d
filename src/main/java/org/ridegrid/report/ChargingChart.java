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

    private static double max(double[] values) {
        double max = 0;
        for (double value : values) {
            max = Math.max(max, value);
        }
        return max;
    }

    static ReportChart build(RunData run, String fleet, String fileStem) throws ReportInputException {
        HourlyTable hourly = run.hourly();
        HourOfDayProfile onPads = hourly.profile(fleet, HourlyTable.stateColumn(VehicleState.CHARGING));
        HourOfDayProfile energy = hourly.profile(fleet, "charged_kwh");
        // Depot vehicles charge while AT_DEPOT and lent cars at home while OFF_DUTY, so for a fleet that
        // never uses a pad the chart shows the mean charging power instead of vehicles on pads.
        boolean padFleet = max(onPads.mean()) > 0 || max(energy.mean()) == 0;
        YIntervalSeriesCollection vehicles = new YIntervalSeriesCollection();
        if (padFleet) {
            vehicles.addSeries(HourOfDayPlot.meanWithSpread("vehicles charging", onPads, 1));
            vehicles.addSeries(HourOfDayPlot.meanWithSpread("vehicles queued for a charger",
                    hourly.profile(fleet, HourlyTable.stateColumn(VehicleState.QUEUED_FOR_CHARGER)), 1));
        } else {
            vehicles.addSeries(HourOfDayPlot.meanWithSpread("mean charging power at depot or home (kW)", energy, 1));
        }
        YIntervalSeriesCollection soc = new YIntervalSeriesCollection();
        soc.addSeries(HourOfDayPlot.meanWithSpread("mean state of charge (right axis)",
                hourly.profile(fleet, "mean_soc_share"), 100));

        XYPlot plot = new XYPlot();
        plot.setDomainAxis(HourOfDayPlot.hourAxis());
        plot.setRangeAxis(0, new NumberAxis(padFleet ? "Vehicles (mean over the hour)" : "Charging power (kW, mean over the hour)"));
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
        String caption = padFleet
                ? "Fleet " + fleet + ": vehicles on a pad and waiting for one, with the fleet's mean battery"
                        + " level. Look for charging that falls in the shaded peaks, and for queues, which mean too few pad"
                        + " places." + HourOfDayPlot.spreadNote(hourly.days())
                : "Fleet " + fleet + ": energy charged per hour at its depot or its owners' homes (kWh per hour is"
                        + " the mean power in kW), with the fleet's mean battery level. Look for charging that must"
                        + " happen in the peaks." + HourOfDayPlot.spreadNote(hourly.days());
        return new ReportChart(fileStem, chart, caption);
    }
}
