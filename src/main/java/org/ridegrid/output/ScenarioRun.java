package org.ridegrid.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.ridegrid.metrics.RunCollectors;
import org.ridegrid.model.RideGridModel;
import org.ridegrid.replay.ReplaySource;
import org.ridegrid.replay.TripFileReport;
import org.ridegrid.replay.TripReplay;
import org.ridegrid.scenario.Scenario;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Runs one scenario headless and writes its run folder. */
public final class ScenarioRun {
    private static final Logger LOG = LoggerFactory.getLogger(ScenarioRun.class);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The files of a run folder. */
    public static final String SCENARIO_FILE = "scenario.yaml";
    public static final String SUMMARY_FILE = "summary.json";
    public static final String HOURLY_FILE = "hourly.csv";
    public static final String TRIPS_FILE = "trips.csv";
    public static final String VEHICLES_FILE = "vehicles.csv";
    public static final String PADS_FILE = "pads.csv";

    private ScenarioRun() {
    }

    /** The finished model, its collectors and the summary written. */
    public record Result(RideGridModel model, RunCollectors collectors, Map<String, Object> summary, Path folder) {
    }

    /**
     * Runs {@code scenario} and writes every output file into {@code folder}, which must exist.
     * With {@code checkAccounting} the accounting identities are checked every simulated hour.
     */
    public static Result run(Scenario scenario, String effectiveYaml, Path folder, boolean checkAccounting)
            throws IOException {
        return run(scenario, effectiveYaml, folder, checkAccounting, null);
    }

    /**
     * Runs {@code scenario} as {@link #run(Scenario, String, Path, boolean)} does, with the requests of
     * {@code replay} in place of the synthetic demand when it is not null. summary.json then gets a
     * {@code trip_file} object with the rows read, used and skipped.
     */
    public static Result run(Scenario scenario, String effectiveYaml, Path folder, boolean checkAccounting,
            TripReplay replay) throws IOException {
        AtomicFiles.writeString(folder.resolve(SCENARIO_FILE), effectiveYaml);
        RideGridModel model = new RideGridModel(scenario);
        RunCollectors collectors = RunCollectors.attach(model, checkAccounting);
        model.addListener(new ProgressLog(model));
        TripsCsvWriter trips = scenario.output().tripsCsv()
                ? new TripsCsvWriter(model, folder.resolve(TRIPS_FILE)) : null;
        ReplaySource source = null;
        TripFileReport tripFile = null;
        try {
            if (trips != null) {
                model.addListener(trips);
            }
            if (replay != null) {
                source = replay.open();
                model.setDemandSource(source);
            }
            long started = System.nanoTime();
            LOG.info("Running scenario {} with seed {} for {} simulated day(s)", scenario.name(), scenario.seed(), scenario.days());
            model.runToEnd();
            LOG.info("Simulated {} requests and {} vehicles in {} s", collectors.requests().created(),
                    model.vehicleCount(), String.format(java.util.Locale.ROOT, "%.2f", (System.nanoTime() - started) / 1e9));
            if (trips != null) {
                trips.commit();
            }
            if (source != null) {
                tripFile = finishReplay(source);
            }
        } finally {
            if (trips != null) {
                trips.close();
            }
            if (source != null) {
                source.close();
            }
        }
        Map<String, Object> summary = SummaryBuilder.build(model, collectors);
        if (tripFile != null) {
            summary.put("trip_file", tripFile.toSummary());
        }
        AtomicFiles.write(folder.resolve(HOURLY_FILE), writer -> HourlyCsv.write(writer, model, collectors.hourly()));
        AtomicFiles.write(folder.resolve(VEHICLES_FILE), writer -> VehiclesCsv.write(writer, model, collectors.vehicles()));
        AtomicFiles.write(folder.resolve(PADS_FILE), writer -> PadsCsv.write(writer, model, collectors.pads()));
        AtomicFiles.write(folder.resolve(SUMMARY_FILE), writer -> {
            JSON.writeValue(new NonClosingWriter(writer), summary);
            writer.write('\n');
        });
        return new Result(model, collectors, summary, folder);
    }

    /** Counts the rows the run left unread, which must all lie past the horizon, and logs the counts. */
    private static TripFileReport finishReplay(ReplaySource source) {
        long unscheduled = source.readToEnd();
        if (unscheduled > 0) {
            throw new IllegalStateException(unscheduled + " rows of the trip file before the horizon were never scheduled");
        }
        TripFileReport report = source.report();
        LOG.info(report.logLine());
        if (report.rowsUsed() * 2 < report.rowsRead()) {
            LOG.warn("Only {} of {} rows of the trip file were replayed. Rows after the horizon are not invalid, so"
                    + " the run went on: raise --days, or sort the file by time if it is out of order.",
                    report.rowsUsed(), report.rowsRead());
        }
        return report;
    }

    /** Reads a summary.json back as ordered maps, for tests and reports. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> readSummary(Path folder) throws IOException {
        return JSON.readValue(Files.readString(folder.resolve(SUMMARY_FILE)), Map.class);
    }
}
