package org.ridegrid.gui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ridegrid.model.RideGridModel;
import org.ridegrid.model.Vehicle;
import org.ridegrid.output.ScenarioRun;
import org.ridegrid.scenario.LoadedScenario;
import org.ridegrid.scenario.ScenarioLoader;

/** The live view must not change any result: a run through it matches a headless run byte for byte. */
class GuiKeepsResultsTest {
    private static final Path TINY = Path.of("src/test/resources/scenarios/tiny.yaml");

    private static LoadedScenario tiny() throws Exception {
        return ScenarioLoader.load(TINY, List.of(), 7L, 2);
    }

    private static Path headless(Path folder) throws Exception {
        LoadedScenario loaded = tiny();
        Files.createDirectories(folder);
        ScenarioRun.run(loaded.scenario(), loaded.effectiveYaml(), folder, true);
        return folder;
    }

    @Test
    void guiRunMatchesHeadlessRun(@TempDir Path temp) throws Exception {
        Path plain = headless(temp.resolve("headless"));
        Path viewed = temp.resolve("gui");
        int frames = GuiRunFiles.run(tiny().scenario(), viewed, null);

        assertEquals(2 * 86_400 / 10 + 1, frames, "one frame every 10 simulated seconds, horizon included");
        for (String file : GuiRunFiles.RESULT_FILES) {
            assertArrayEquals(Files.readAllBytes(plain.resolve(file)), Files.readAllBytes(viewed.resolve(file)), file);
        }
    }

    /** Shows that the comparison above would catch a frame tick that drew from the model's generator. */
    @Test
    void randomDrawInFrameIsDetected(@TempDir Path temp) throws Exception {
        Path plain = headless(temp.resolve("headless"));
        Path viewed = temp.resolve("gui");
        GuiRunFiles.run(tiny().scenario(), viewed, (model, headline) -> model.random.nextDouble());

        for (String file : List.of(ScenarioRun.SUMMARY_FILE, ScenarioRun.TRIPS_FILE)) {
            assertFalse(Arrays.equals(Files.readAllBytes(plain.resolve(file)), Files.readAllBytes(viewed.resolve(file))),
                    file + " should differ once a frame draws a random number");
        }
    }

    @Test
    void restartRebuildsViewAndRecords() throws Exception {
        RideGridModel model = new RideGridModel(tiny().scenario());
        RideGridWithUI gui = new RideGridWithUI(model, RideGridWithUI.DEFAULT_FRAME_SECONDS);
        Headline[] last = new Headline[1];
        gui.addSink((headline, events) -> last[0] = headline);
        double noon = 12 * 3600.0;

        gui.start();
        Headline first = stepTo(gui, last, noon);
        Vehicle oldVehicle = model.vehicle(0);
        // The Console's stop, seed and play.
        gui.finish();
        model.setSeed(model.seed());
        gui.start();
        assertEquals(0, gui.events().requests().created(), "records start empty after a restart");
        assertNotSame(oldVehicle, model.vehicle(0), "the model built new vehicles");
        assertSame(model.vehicle(0), gui.scene().vehicle(0).vehicle(), "the scene shows the new vehicles");
        Headline again = stepTo(gui, last, noon);

        assertEquals(first.requests(), again.requests());
        assertEquals(first.served(), again.served());
        assertEquals(first.abandoned(), again.abandoned());
        assertArrayEquals(first.vehiclesByState(), again.vehiclesByState());

        gui.finish();
        model.setSeed(model.seed() + 1);
        gui.start();
        Headline otherSeed = stepTo(gui, last, noon);
        assertNotEquals(List.of(first.requests(), first.served(), first.meanWaitMinutes()),
                List.of(otherSeed.requests(), otherSeed.served(), otherSeed.meanWaitMinutes()), "a new seed gives another run");
    }

    /** Steps a started GUI state to {@code time} as the Console does, and returns the frame shown there. */
    private static Headline stepTo(RideGridWithUI gui, Headline[] last, double time) {
        while (gui.model().schedule.getTime() < time && gui.step()) {
            // One schedule step at a time.
        }
        assertEquals(time, last[0].time(), "a frame falls on every multiple of the frame interval");
        double[] position = new double[2];
        for (int i = 0; i < gui.scene().vehicleCount(); i++) {
            gui.model().vehicle(i).position(gui.model().city(), time, position);
            assertEquals(position[0] + 0.5, gui.scene().vehicle(i).x(), 0.3, "vehicle " + i + " x");
            assertEquals(position[1] + 0.5, gui.scene().vehicle(i).y(), 0.3, "vehicle " + i + " y");
        }
        return last[0];
    }
}
