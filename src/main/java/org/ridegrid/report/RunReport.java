package org.ridegrid.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.ridegrid.output.AtomicFiles;
import org.ridegrid.output.Numbers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The report of one run: charts under {@code charts/} and the page {@code report.html}, written
 * into the run folder or another folder. Every chart is drawn from the run folder's files.
 */
public final class RunReport {
    public static final String PAGE = "report.html";
    public static final String CHARTS = "charts";
    private static final Logger LOG = LoggerFactory.getLogger(RunReport.class);

    private RunReport() {
    }

    /**
     * Reads the run folder {@code runFolder} and writes its charts and report.html into
     * {@code target}, which is created if needed. Files of an earlier report there are replaced.
     *
     * @return the path of report.html
     */
    public static Path write(Path runFolder, Path target) throws ReportInputException, IOException {
        long started = System.nanoTime();
        RunData run = RunData.read(runFolder, RunLabels.folderName(runFolder));
        CityMapData maps = CityMapData.read(runFolder, run.scenario());
        List<ReportChart> charts = RunCharts.build(run, maps);
        Path chartsFolder = Files.createDirectories(target.resolve(CHARTS));
        for (ReportChart chart : charts) {
            ChartFiles.write(chartsFolder, chart);
        }
        Path page = target.resolve(PAGE);
        AtomicFiles.writeString(page, page(run, charts));
        LOG.info("Wrote {} charts and {} in {} s", charts.size(), page,
                Numbers.format((System.nanoTime() - started) / 1e9, 2));
        return page;
    }

    static String page(RunData run, List<ReportChart> charts) throws ReportInputException {
        ScenarioInfo scenario = run.scenario();
        StringBuilder page = new StringBuilder();
        Html.begin(page, "RideGrid run report: " + scenario.name());
        Html.paragraph(page, "Run folder " + run.label() + ". Every number below is read from its summary.json,"
                + " hourly.csv, trips.csv, vehicles.csv and pads.csv; docs/outputs.md defines them.", null);

        Html.heading(page, "Scenario");
        List<List<String>> settings = new ArrayList<>();
        settings.add(List.of("Scenario", scenario.name()));
        settings.add(List.of("Days", Numbers.format(scenario.days(), 0) + " (day 0 is a " + scenario.startWeekday() + ")"));
        settings.add(List.of("Seed", Long.toString(scenario.seed())));
        settings.add(List.of("City", scenario.widthCells() + " x " + scenario.heightCells() + " cells of "
                + Numbers.format(scenario.cellMiles(), 3) + " miles"));
        settings.add(List.of("Requests per day (scenario mean)", Numbers.format(scenario.requestsPerDay(), 1)));
        settings.add(List.of("Riders give up after (min)", Numbers.format(scenario.maxWaitMinutes(), 2)));
        for (ScenarioInfo.FleetInfo fleet : scenario.fleets()) {
            settings.add(List.of("Fleet " + fleet.name(), fleet.vehicles() + " vehicles, kind " + fleet.kind()));
        }
        settings.add(List.of("Pads", Numbers.format(run.summary().number("pads.count"), 0) + " pads with "
                + Numbers.format(run.summary().number("pads.places"), 0) + " places, placement "
                + scenario.padPlacement()));
        Html.table(page, List.of("Setting", "Value"), settings);

        Html.heading(page, "Headline numbers");
        Html.table(page, List.of("City", run.label()), Headline.cityRows(List.of(run)));
        List<Headline.FleetColumn> columns = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("Fleet"));
        for (String fleet : run.fleets()) {
            columns.add(new Headline.FleetColumn(run, fleet));
            header.add(fleet);
        }
        Html.table(page, header, Headline.fleetRows(columns));
        if (run.economics().isEmpty()) {
            Html.paragraph(page, "This run's summary.json has no economics numbers, so profit and payback are not"
                    + " shown.", "note");
        }

        Html.heading(page, "Charts");
        for (ReportChart chart : charts) {
            Html.figure(page, CHARTS, chart);
        }
        Html.end(page);
        return page.toString();
    }
}
