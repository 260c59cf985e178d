package org.ridegrid.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.ridegrid.output.Numbers;

/**
 * Economics charts, drawn only when summary.json has an {@code economics} object: profit per
 * vehicle-day by fleet, and the cumulative cash of one vehicle over time.
 */
final class EconomicsCharts {
    static final Color PROFIT = new Color(0x2CA02C);
    static final Color[] FLEET_COLORS = {new Color(0x1F77B4), new Color(0xFF7F0E), new Color(0x2CA02C),
        new Color(0xD62728), new Color(0x9467BD)};
    /** The cash chart runs to 1.25 times the longest payback, but no further than ten years. */
    static final double MAX_CASH_DAYS = 3650;

    private EconomicsCharts() {
    }

    static ReportChart profit(RunData run, List<Economics> fleets) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (Economics fleet : fleets) {
            dataset.addValue(fleet.profitPerVehicleDay(), "profit per vehicle-day", fleet.fleet());
        }
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(0.2);
        renderer.setSeriesPaint(0, PROFIT);
        CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis("Fleet"),
                new NumberAxis("Profit per vehicle per day ($)"), renderer);
        plot.addRangeMarker(new ValueMarker(0, Color.BLACK, ChartStyle.LINE));
        JFreeChart chart = new JFreeChart("Profit per vehicle-day by fleet", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartStyle.addSubtitle(chart, run.label() + ": (revenue - operating cost) per vehicle per simulated day,"
                + " from summary.json economics");
        ChartStyle.apply(chart);
        return new ReportChart("profit", chart, "Profit each vehicle earns per day of operation. A bar below zero"
                + " means the fleet loses money on every day it runs, before paying for the vehicles.");
    }

    /**
     * Builds the cumulative cash of one vehicle: minus its capital cost at day 0, plus the profit of
     * each day. The capital cost is summary.json {@code capital_cost_per_vehicle}; without it the
     * capital is the one implied by the payback days (payback x profit per day), and without either
     * the line starts at zero.
     */
    static ReportChart cash(RunData run, List<Economics> fleets) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        XYPlot plot = new XYPlot();
        double horizon = cashHorizon(run.days(), fleets);
        List<String> capitalNotes = new ArrayList<>();

        for (Economics fleet : fleets) {
            double capital = capital(fleet);
            XYSeries series = new XYSeries(fleet.fleet(), true, false);
            int steps = 200;
            for (int step = 0; step <= steps; step++) {
                double day = horizon * step / steps;
                series.add(day, -capital + fleet.profitPerVehicleDay() * day);
            }
            dataset.addSeries(series);
            capitalNotes.add(fleet.fleet() + " " + capitalNote(fleet, capital));
            if (Double.isFinite(fleet.paybackDays())) {
                ValueMarker payback = new ValueMarker(fleet.paybackDays(), Color.DARK_GRAY, ChartStyle.DASHED);
                payback.setLabel(fleet.fleet() + " payback: day " + Numbers.format(fleet.paybackDays(), 1));
                payback.setLabelFont(ChartStyle.TICK_FONT);
                payback.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
                payback.setLabelTextAnchor(TextAnchor.TOP_LEFT);
                plot.addDomainMarker(payback);
            }
        }

        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < fleets.size(); i++) {
            renderer.setSeriesPaint(i, FLEET_COLORS[i % FLEET_COLORS.length]);
            renderer.setSeriesStroke(i, ChartStyle.LINE);
        }
        plot.setRenderer(renderer);
        plot.setDataset(dataset);
        plot.setDomainAxis(new NumberAxis("Days of operation"));
        plot.setRangeAxis(new NumberAxis("Cumulative cash per vehicle ($)"));
        plot.addRangeMarker(new ValueMarker(0, Color.BLACK, ChartStyle.LINE));

        JFreeChart chart = new JFreeChart("Cumulative cash per vehicle", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartStyle.addSubtitle(chart, run.label() + "; capital per vehicle: " + String.join("; ", capitalNotes));
        ChartStyle.apply(chart);
        return new ReportChart("cash", chart, "Cash of one vehicle: its capital cost at day 0, then each day's"
                + " profit. The line crosses zero at the payback day (dashed); one that never rises never pays back.");
    }

    static double capital(Economics fleet) {
        if (Double.isFinite(fleet.capitalCostPerVehicle())) {
            return fleet.capitalCostPerVehicle();
        }
        if (Double.isFinite(fleet.paybackDays()) && Double.isFinite(fleet.profitPerVehicleDay())) {
            return fleet.paybackDays() * fleet.profitPerVehicleDay();
        }
        return 0;
    }

    private static String capitalNote(Economics fleet, double capital) {
        if (Double.isFinite(fleet.capitalCostPerVehicle())) {
            return "$" + Numbers.format(capital, 0) + " (capital_cost_per_vehicle)";
        }
        if (capital != 0) {
            return "$" + Numbers.format(capital, 0) + " (implied by payback_days x profit per day)";
        }
        return "not given, line starts at 0";
    }

    private static double cashHorizon(int runDays, List<Economics> fleets) {
        double horizon = Math.max(runDays, 30);
        for (Economics fleet : fleets) {
            if (Double.isFinite(fleet.paybackDays())) {
                horizon = Math.max(horizon, 1.25 * fleet.paybackDays());
            }
        }
        return Math.min(horizon, MAX_CASH_DAYS);
    }
}
