package org.ridegrid.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.ridegrid.output.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A comparison of several runs: charts under {@code charts/} and {@code report.html} in the output
 * folder. Runs of different scenarios, seeds and horizons may be compared; the page states
 * different horizons.
 */
public final class ComparisonReport {
    private static final Logger LOG = LoggerFactory.getLogger(ComparisonReport.class);

    private ComparisonReport() {
    }

    /**
     * Reads every run folder, then writes the comparison into {@code target}, which must exist.
     * Nothing is written when a run folder is invalid.
     *
     * @return the path of report.html
     */
    public static Path write(List<Path> runFolders, Path target) throws ReportInputException, IOException {
        List<String> labels = RunLabels.of(runFolders);
        List<RunData> runs = new ArrayList<>();
        for (int i = 0; i < runFolders.size(); i++) {
            runs.add(RunData.read(runFolders.get(i), labels.get(i)));
        }
        List<ReportChart> charts = new ArrayList<>();
        charts.add(ComparisonCharts.waits(runs));
        charts.add(ComparisonCharts.stateShares(runs));
        charts.add(ComparisonCharts.emptyMiles(runs));
        List<ReportChart> economics = ComparisonCharts.economics(runs);
        if (economics.isEmpty()) {
            LOG.info("No run has economics numbers in summary.json, so the profit and payback charts are skipped");
        }
        charts.addAll(economics);

        Path chartsFolder = Files.createDirectories(target.resolve(RunReport.CHARTS));
        for (ReportChart chart : charts) {
            ChartFiles.write(chartsFolder, chart);
        }
        Path page = target.resolve(RunReport.PAGE);
        AtomicFiles.writeString(page, page(runs, charts));
        LOG.info("Wrote a comparison of {} runs to {}", runs.size(), page);
        return page;
    }

    /** Returns the sentence stating different horizons, or null when all runs have the same number of days. */
    static String horizonNote(List<RunData> runs) {
        TreeSet<Integer> days = new TreeSet<>();
        List<String> parts = new ArrayList<>();
        for (RunData run : runs) {
            days.add(run.days());
            parts.add(run.label() + " " + run.days() + (run.days() == 1 ? " day" : " days"));
        }
        if (days.size() == 1) {
            return null;
        }
        return "The runs have different horizons: " + String.join(", ", parts) + ". Totals (requests, miles, riders)"
                + " are not comparable between them; shares, per-day and per-vehicle-day numbers are.";
    }

    static String page(List<RunData> runs, List<ReportChart> charts) throws ReportInputException {
        StringBuilder page = new StringBuilder();
        Html.begin(page, "RideGrid comparison of " + runs.size() + " runs");
        String note = horizonNote(runs);
        if (note != null) {
            Html.paragraph(page, note, "note");
        }

        Html.heading(page, "Runs");
        List<List<String>> runRows = new ArrayList<>();
        for (RunData run : runs) {
            ScenarioInfo scenario = run.scenario();
            List<String> fleets = new ArrayList<>();
            for (ScenarioInfo.FleetInfo fleet : scenario.fleets()) {
                fleets.add(fleet.name() + " " + fleet.vehicles());
            }
            runRows.add(List.of(run.label(), scenario.name(), Long.toString(scenario.seed()),
                    Integer.toString(scenario.days()), String.join(", ", fleets), run.folder().toString()));
        }
        Html.table(page, List.of("Run", "Scenario", "Seed", "Days", "Fleets and vehicles", "Folder"), runRows);

        Html.heading(page, "Headline numbers");
        List<String> cityHeader = new ArrayList<>(List.of("City"));
        for (RunData run : runs) {
            cityHeader.add(run.label());
        }
        Html.table(page, cityHeader, Headline.cityRows(runs));
        List<Headline.FleetColumn> columns = new ArrayList<>();
        List<String> fleetHeader = new ArrayList<>(List.of("Fleet"));
        for (RunData run : runs) {
            for (String fleet : run.fleets()) {
                columns.add(new Headline.FleetColumn(run, fleet));
                fleetHeader.add(run.label() + ": " + fleet);
            }
        }
        Html.table(page, fleetHeader, Headline.fleetRows(columns));

        Html.heading(page, "Charts");
        for (ReportChart chart : charts) {
            Html.figure(page, RunReport.CHARTS, chart);
        }
        Html.end(page);
        return page.toString();
    }
}
