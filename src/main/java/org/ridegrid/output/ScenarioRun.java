package org.ridegrid.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.ridegrid.metrics.RunCollectors;
import org.ridegrid.model.RideGridModel;
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
        AtomicFiles.writeString(folder.resolve(SCENARIO_FILE), effectiveYaml);
        RideGridModel model = new RideGridModel(scenario);
        RunCollectors collectors = RunCollectors.attach(model, checkAccounting);
        model.addListener(new ProgressLog(model));
        TripsCsvWriter trips = scenario.output().tripsCsv()
                ? new TripsCsvWriter(model, folder.resolve(TRIPS_FILE)) : null;
        try {
            if (trips != null) {
                model.addListener(trips);
            }
            long started = System.nanoTime();
            LOG.info("Running scenario {} with seed {} for {} simulated day(s)", scenario.name(), scenario.seed(), scenario.days());
            model.runToEnd();
            LOG.info("Simulated {} requests and {} vehicles in {} s", collectors.requests().created(),
                    model.vehicleCount(), String.format(java.util.Locale.ROOT, "%.2f", (System.nanoTime() - started) / 1e9));
            if (trips != null) {
                trips.commit();
            }
        } finally {
            if (trips != null) {
                trips.close();
            }
        }
        Map<String, Object> summary = SummaryBuilder.build(model, collectors);
        AtomicFiles.write(folder.resolve(HOURLY_FILE), writer -> HourlyCsv.write(writer, model, collectors.hourly()));
        AtomicFiles.write(folder.resolve(VEHICLES_FILE), writer -> VehiclesCsv.write(writer, model, collectors.vehicles()));
        AtomicFiles.write(folder.resolve(PADS_FILE), writer -> PadsCsv.write(writer, model, collectors.pads()));
        AtomicFiles.write(folder.resolve(SUMMARY_FILE), writer -> {
            JSON.writeValue(new NonClosingWriter(writer), summary);
            writer.write('\n');
        });
        return new Result(model, collectors, summary, folder);
    }

    /** Reads a summary.json back as ordered maps, for tests and reports. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> readSummary(Path folder) throws IOException {
        return JSON.readValue(Files.readString(folder.resolve(SUMMARY_FILE)), Map.class);
    }
}
