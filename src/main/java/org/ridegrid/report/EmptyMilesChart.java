package org.ridegrid.report;

import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.ridegrid.model.EmptyReason;
import org.ridegrid.model.VehicleState;
import org.ridegrid.output.Numbers;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Occupied miles beside empty miles by reason, per fleet, from summary.json
 * {@code fleets[].miles}; the empty return trips of each fleet are named under the title.
 */
final class EmptyMilesChart {
    static final String OCCUPIED = "occupied";

    private EmptyMilesChart() {
    }

    static ReportChart build(RunData run) throws ReportInputException {
        RunSummary summary = run.summary();
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        List<String> returns = new ArrayList<>();
        List<EmptyReason> plotted = shownReasons(List.of(run));
        for (JsonNode fleet : summary.fleets()) {
            String name = summary.text(fleet, "name");
            String occupiedBar = name + ": occupied";
            String emptyBar = name + ": empty";
            dataset.addValue(summary.number(fleet, "miles.occupied"), OCCUPIED, occupiedBar);
            dataset.addValue(0, OCCUPIED, emptyBar);
            for (EmptyReason reason : plotted) {
                dataset.addValue(0, reasonLabel(reason), occupiedBar);
                dataset.addValue(summary.number(fleet, "miles.empty_by_reason." + reason.key()), reasonLabel(reason),
                        emptyBar);
            }
            returns.add(name + " " + Numbers.format(summary.number(fleet, "empty_return_trips"), 0) + " trips, "
                    + Numbers.format(summary.number(fleet, "empty_return_miles"), 1) + " miles");
        }

        StackedBarRenderer renderer = new StackedBarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(0.25);
        renderer.setSeriesPaint(0, ChartStyle.stateColor(VehicleState.OCCUPIED));
        for (int i = 0; i < plotted.size(); i++) {
            renderer.setSeriesPaint(i + 1, ChartStyle.reasonColor(plotted.get(i)));
        }
        CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis("Fleet and kind of mile"),
                new NumberAxis("Miles over the run (" + run.days() + " days)"), renderer);

        JFreeChart chart = new JFreeChart("Occupied miles and empty miles by reason", JFreeChart.DEFAULT_TITLE_FONT,
                plot, true);
        ChartStyle.addSubtitle(chart, run.label() + "; empty return trips: " + String.join("; ", returns));
        ChartStyle.apply(chart);
        String caption = "Miles driven with a rider beside miles driven empty, split by why. Look at how tall the"
                + " empty bar is against the occupied one, and which reason dominates it.";
        return new ReportChart("empty-miles", chart, caption);
    }

    /** Returns the reasons with empty miles in some fleet of some run, or pickup alone when there are none. */
    static List<EmptyReason> shownReasons(List<RunData> runs) throws ReportInputException {
        List<EmptyReason> plotted = new ArrayList<>();
        for (EmptyReason reason : EmptyReason.values()) {
            boolean any = false;
            for (RunData run : runs) {
                for (JsonNode fleet : run.summary().fleets()) {
                    any |= run.summary().number(fleet, "miles.empty_by_reason." + reason.key()) > 0;
                }
            }
            if (any) {
                plotted.add(reason);
            }
        }
        if (plotted.isEmpty()) {
            plotted.add(EmptyReason.PICKUP);
        }
        return plotted;
    }

    static String reasonLabel(EmptyReason reason) {
        return "empty: " + reason.key().replace('_', ' ');
    }
}
