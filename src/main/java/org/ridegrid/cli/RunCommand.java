package org.ridegrid.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.ridegrid.output.RunFolder;
import org.ridegrid.output.ScenarioRun;
import org.ridegrid.replay.TripFileException;
import org.ridegrid.replay.TripReplay;
import org.ridegrid.report.ReportInputException;
import org.ridegrid.report.RunReport;
import org.ridegrid.scenario.LoadedScenario;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Runs a scenario headless and writes a run folder. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs a scenario headless and writes a run folder: scenario.yaml, summary.json, hourly.csv, "
                + "trips.csv, vehicles.csv and pads.csv. The folder's path is printed at the end.",
                "With --trips, the requests of a trip file replace the scenario's synthetic demand."})
final class RunCommand implements Callable<Integer> {
    @Mixin
    ScenarioOptions scenarioOptions;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Run folder to write. It must not exist or be empty. Default: <runs-dir>/<scenario>/seed<N>-<date>-<time>.")
    Path out;

    @Option(names = "--runs-dir", paramLabel = "DIR", defaultValue = "runs",
            description = "Folder under which default run folders are made. Default: ${DEFAULT-VALUE}.")
    Path runsDir;

    @Option(names = "--no-check", negatable = false,
            description = "Skips the check of the accounting identities at every simulated hour. The check costs a few percent of run time.")
    boolean noCheck;

    @Option(names = "--no-charts", negatable = false,
            description = "Skips the charts and report.html that are written into the run folder after the run."
                    + " `ridegrid report RUN_DIR` writes them later. Default: charts are written.")
    boolean noCharts;

    @Mixin
    TripOptions tripOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        LoadedScenario loaded = scenarioOptions.load();
        TripReplay replay = tripOptions.prepare(loaded.scenario(), spec.commandLine().getOut());
        Path folder = prepareFolder(loaded);
        ScenarioRun.Result result;
        try {
            result = ScenarioRun.run(loaded.scenario(), loaded.effectiveYaml(), folder, !noCheck, replay);
        } catch (TripFileException e) {
            throw new InvalidInputException(e.getMessage());
        }
        printHeadline(spec.commandLine().getOut(), result.summary(), folder);
        if (!noCharts) {
            return writeReport(folder);
        }
        return 0;
    }

    /** Writes the run's report; the run folder is complete even when this fails. */
    private int writeReport(Path folder) {
        try {
            spec.commandLine().getOut().println("Report: " + RunReport.write(folder, folder));
            return 0;
        } catch (IOException | ReportInputException e) {
            spec.commandLine().getErr().println("error: the run folder is complete, but its report failed: "
                    + e.getMessage());
            return ErrorHandler.INTERNAL_ERROR;
        }
    }

    private Path prepareFolder(LoadedScenario loaded) throws IOException, InvalidInputException {
        if (out == null) {
            return RunFolder.createDefault(runsDir, loaded.scenario().name(), loaded.scenario().seed(), LocalDateTime.now());
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new InvalidInputException("--out " + out + " is a file, not a folder. Choose a new folder name.");
        }
        if (RunFolder.isNonEmpty(out)) {
            throw new InvalidInputException("--out " + out + " already contains files, and a run never overwrites"
                    + " earlier results. Choose a new or empty folder.");
        }
        return Files.createDirectories(out);
    }

    @SuppressWarnings("unchecked")
    private static void printHeadline(PrintWriter writer, Map<String, Object> summary, Path folder) {
        Map<String, Object> requests = (Map<String, Object>) summary.get("requests");
        Map<String, Object> waits = (Map<String, Object>) summary.get("wait_minutes");
        writer.printf("Requests: %s total, %s served, %s abandoned, %s rejected, %s priced out, %s open at the end%n",
                requests.get("total"), requests.get("served"), requests.get("abandoned"), requests.get("rejected"),
                requests.get("priced_out"), requests.get("open_at_end"));
        writer.printf("Wait (minutes): mean %s, p50 %s, p90 %s, p95 %s%n", number(waits.get("mean")),
                number(waits.get("p50")), number(waits.get("p90")), number(waits.get("p95")));
        for (Map<String, Object> fleet : (List<Map<String, Object>>) summary.get("fleets")) {
            writer.printf("Fleet %s (%s, %s vehicles): utilization %s, idle share %s, occupied mile share %s%n",
                    fleet.get("name"), fleet.get("kind"), fleet.get("vehicles"), number(fleet.get("utilization")),
                    number(fleet.get("idle_share")), number(fleet.get("occupied_mile_share")));
        }
        if (summary.get("trip_file") instanceof Map<?, ?> tripFile) {
            writer.printf("Trip file: %s rows read, %s used, %s skipped (summary.json trip_file lists the reasons)%n",
                    tripFile.get("rows_read"), tripFile.get("rows_used"), tripFile.get("rows_skipped"));
        }
        writer.println("Run folder: " + folder);
        writer.flush();
    }

    /** Formats a summary number without an exponent; "n/a" for a value the summary leaves undefined. */
    private static String number(Object value) {
        return value instanceof Number n ? org.ridegrid.output.Numbers.format(n.doubleValue(), 4) : "n/a";
    }
}
