package org.ridegrid.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.ridegrid.model.EmptyReason;
import org.ridegrid.model.VehicleState;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Charts that put several runs side by side. Bars are normalised (shares, per vehicle-day) so that
 * runs of different horizons and fleet sizes can be compared.
 */
final class ComparisonCharts {
    static final String WAIT_COLUMN = "wait_p90_min";

    private ComparisonCharts() {
    }

    /** Returns the category name of one fleet of a run: the run label, and the fleet when the run has several. */
    static String category(RunData run, String fleet) {
        return run.fleets().size() == 1 ? run.label() : run.label() + ": " + fleet;
    }

    static ReportChart waits(List<RunData> runs) throws ReportInputException {
        XYSeriesCollection dataset = new XYSeriesCollection();
        for (RunData run : runs) {
            HourOfDayProfile profile = run.hourly().profile(HourlyTable.CITY, WAIT_COLUMN);
            XYSeries series = new XYSeries(run.label(), false, false);
            for (int hour = 0; hour < HourOfDayProfile.HOURS; hour++) {
                series.add(HourOfDayPlot.x(hour), profile.mean()[hour]);
            }
            dataset.addSeries(series);
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < runs.size(); i++) {
            renderer.setSeriesPaint(i, EconomicsCharts.FLEET_COLORS[i % EconomicsCharts.FLEET_COLORS.length]);
            renderer.setSeriesStroke(i, ChartStyle.LINE);
        }
        XYPlot plot = new XYPlot(dataset, HourOfDayPlot.hourAxis(), new NumberAxis("p90 wait from request to pickup"
                + " (minutes)"), renderer);
        HourOfDayPlot.addPeakMarkers(plot);
        JFreeChart chart = new JFreeChart("p90 rider wait by hour of day, one line per run",
                JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartStyle.addSubtitle(chart, "Mean day of each run (hourly.csv, all fleets); a gap is an hour without pickups");
        ChartStyle.apply(chart);
        return new ReportChart("compare-waits", chart, "The p90 wait of each run by hour of day. The run whose line"
                + " stays lowest through the shaded peaks serves the commute best.");
    }

    static ReportChart stateShares(List<RunData> runs) throws ReportInputException {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        List<VehicleState> plotted = new ArrayList<>();
        for (VehicleState state : FleetStateChart.STACK_ORDER) {
            boolean any = false;
            for (RunData run : runs) {
                for (JsonNode fleet : run.summary().fleets()) {
                    any |= run.summary().number(fleet, "hours_by_state." + state.name()) > 0;
                }
            }
            if (any) {
                plotted.add(state);
            }
        }
        for (RunData run : runs) {
            for (String fleetName : run.fleets()) {
                JsonNode fleet = run.summary().fleet(fleetName);
                double total = 0;
                for (VehicleState state : VehicleState.values()) {
                    total += run.summary().number(fleet, "hours_by_state." + state.name());
                }
                for (VehicleState state : plotted) {
                    double hours = run.summary().number(fleet, "hours_by_state." + state.name());
                    dataset.addValue(total > 0 ? 100 * hours / total : 0, state.label(), category(run, fleetName));
                }
            }
        }
        StackedBarRenderer renderer = stackedRenderer();
        for (int i = 0; i < plotted.size(); i++) {
            renderer.setSeriesPaint(i, ChartStyle.stateColor(plotted.get(i)));
        }
        CategoryPlot plot = new CategoryPlot(dataset, categoryAxis(), new NumberAxis("Share of vehicle-hours (%)"),
                renderer);
        JFreeChart chart = new JFreeChart("Fleet state shares by run", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartStyle.addSubtitle(chart, "Vehicle-hours in each state as a share of all vehicle-hours (summary.json"
                + " fleets[].hours_by_state)");
        ChartStyle.apply(chart);
        return new ReportChart("compare-states", chart, "How each fleet spends its time. A larger occupied share and a"
                + " smaller idle share mean better use of the vehicles.");
    }

    static ReportChart emptyMiles(List<RunData> runs) throws ReportInputException {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        List<EmptyReason> plotted = EmptyMilesChart.shownReasons(runs);
        for (RunData run : runs) {
            for (String fleetName : run.fleets()) {
                JsonNode fleet = run.summary().fleet(fleetName);
                double vehicleDays = run.summary().number(fleet, "vehicles") * run.days();
                for (EmptyReason reason : plotted) {
                    double miles = run.summary().number(fleet, "miles.empty_by_reason." + reason.key());
                    dataset.addValue(miles / vehicleDays, EmptyMilesChart.reasonLabel(reason), category(run, fleetName));
                }
            }
        }
        StackedBarRenderer renderer = stackedRenderer();
        for (int i = 0; i < plotted.size(); i++) {
            renderer.setSeriesPaint(i, ChartStyle.reasonColor(plotted.get(i)));
        }
        CategoryPlot plot = new CategoryPlot(dataset, categoryAxis(), new NumberAxis("Empty miles per vehicle-day"),
                renderer);
        JFreeChart chart = new JFreeChart("Empty miles by reason, per vehicle-day", JFreeChart.DEFAULT_TITLE_FONT,
                plot, true);
        ChartStyle.addSubtitle(chart, "summary.json fleets[].miles.empty_by_reason divided by vehicles x days");
        ChartStyle.apply(chart);
        return new ReportChart("compare-empty-miles", chart, "Miles each vehicle drives empty per day, by reason."
                + " Lower is better; the tallest segment is the one to work on.");
    }

    /** Returns the profit and payback charts, or none when no run has economics numbers. */
    static List<ReportChart> economics(List<RunData> runs) {
        DefaultCategoryDataset profit = new DefaultCategoryDataset();
        DefaultCategoryDataset payback = new DefaultCategoryDataset();
        for (RunData run : runs) {
            for (String fleetName : run.fleets()) {
                Headline.economics(run, fleetName).ifPresent(economics -> {
                    profit.addValue(economics.profitPerVehicleDay(), "profit per vehicle-day", category(run, fleetName));
                    if (Double.isFinite(economics.paybackDays())) {
                        payback.addValue(economics.paybackDays(), "payback", category(run, fleetName));
                    }
                });
            }
        }
        List<ReportChart> charts = new ArrayList<>();
        if (profit.getColumnCount() == 0) {
            return charts;
        }
        charts.add(bars("compare-profit", "Profit per vehicle-day by run", "Profit per vehicle per day ($)", profit,
                EconomicsCharts.PROFIT, "Runs without economics numbers in summary.json are left out",
                "Profit each vehicle earns per day of operation, from summary.json economics."));
        if (payback.getColumnCount() > 0) {
            charts.add(bars("compare-payback", "Payback by run", "Days until a vehicle has paid for itself", payback,
                    new Color(0x1F77B4), "Fleets that never pay back, or have no economics numbers, are left out",
                    "Days of operation until a vehicle's profit repays its capital cost. Shorter is better."));
        }
        return charts;
    }

    private static ReportChart bars(String stem, String title, String axis, DefaultCategoryDataset dataset, Color color,
            String subtitle, String caption) {
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(0.15);
        renderer.setSeriesPaint(0, color);
        CategoryPlot plot = new CategoryPlot(dataset, categoryAxis(), new NumberAxis(axis), renderer);
        plot.addRangeMarker(new ValueMarker(0, Color.BLACK, ChartStyle.LINE));
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartStyle.addSubtitle(chart, subtitle);
        ChartStyle.apply(chart);
        return new ReportChart(stem, chart, caption);
    }

    private static StackedBarRenderer stackedRenderer() {
        StackedBarRenderer renderer = new StackedBarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(0.15);
        return renderer;
    }

    private static CategoryAxis categoryAxis() {
        CategoryAxis axis = new CategoryAxis("Run (folder name)");
        axis.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        axis.setMaximumCategoryLabelLines(3);
        return axis;
    }
}
