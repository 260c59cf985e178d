package org.ridegrid.gui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.ridegrid.metrics.RunCollectors;
import org.ridegrid.model.RideGridModel;
import org.ridegrid.output.AtomicFiles;
import org.ridegrid.output.HourlyCsv;
import org.ridegrid.output.PadsCsv;
import org.ridegrid.output.ScenarioRun;
import org.ridegrid.output.SummaryBuilder;
import org.ridegrid.output.TripsCsvWriter;
import org.ridegrid.output.VehiclesCsv;
import org.ridegrid.scenario.Scenario;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Runs a scenario the way MASON's Console does, through {@link RideGridWithUI} with its frame tick
 * and listener, but without windows, and writes the same result files as {@link ScenarioRun}.
 */
final class GuiRunFiles {
    /** The files compared with a headless run; scenario.yaml only repeats the input. */
    static final List<String> RESULT_FILES = List.of(ScenarioRun.SUMMARY_FILE, ScenarioRun.HOURLY_FILE,
            ScenarioRun.TRIPS_FILE, ScenarioRun.VEHICLES_FILE, ScenarioRun.PADS_FILE);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private GuiRunFiles() {
    }

    /**
     * Runs {@code scenario} to its end through the GUI state and writes the result files into
     * {@code folder}. {@code extraSink}, when not null, also receives every frame with the model.
     * Returns the number of frames.
     */
    static int run(Scenario scenario, Path folder, BiConsumer<RideGridModel, Headline> extraSink) throws IOException {
        Files.createDirectories(folder);
        RideGridModel model = new RideGridModel(scenario);
        RunCollectors collectors = RunCollectors.attach(model, true);
        int[] frames = new int[1];
        try (TripsCsvWriter trips = new TripsCsvWriter(model, folder.resolve(ScenarioRun.TRIPS_FILE))) {
            model.addListener(trips);
            RideGridWithUI gui = new RideGridWithUI(model, RideGridWithUI.DEFAULT_FRAME_SECONDS);
            gui.addSink((headline, events) -> {
                frames[0]++;
                if (extraSink != null) {
                    extraSink.accept(model, headline);
                }
            });
            gui.start();
            while (gui.step()) {
                // The Console's play loop: one schedule step at a time.
            }
            gui.finish();
            trips.commit();
        }
        Map<String, Object> summary = SummaryBuilder.build(model, collectors);
        AtomicFiles.write(folder.resolve(ScenarioRun.HOURLY_FILE), w -> HourlyCsv.write(w, model, collectors.hourly()));
        AtomicFiles.write(folder.resolve(ScenarioRun.VEHICLES_FILE), w -> VehiclesCsv.write(w, model, collectors.vehicles()));
        AtomicFiles.write(folder.resolve(ScenarioRun.PADS_FILE), w -> PadsCsv.write(w, model, collectors.pads()));
        AtomicFiles.writeString(folder.resolve(ScenarioRun.SUMMARY_FILE), JSON.writeValueAsString(summary) + "\n");
        return frames[0];
    }
}
