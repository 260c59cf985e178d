package org.ridegrid.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ridegrid.model.RideGridModel;
import org.ridegrid.model.VehicleState;
import org.ridegrid.scenario.Scenario;
import org.ridegrid.scenario.ScenarioLoader;

/** The snapshot draws every vehicle in its state's colour, at the size the city and zoom give. */
class SnapshotPixelsTest {
    private static final Path TINY = Path.of("src/test/resources/scenarios/tiny.yaml");
    /** 08:00 on day 0 of tiny with seed 42: vehicles idle, driving to a pickup and occupied. */
    private static final double EIGHT_AM = 8 * 3600.0;
    private static final int CELL_PIXELS = 30;

    private static Scenario tiny() throws Exception {
        return ScenarioLoader.load(TINY, List.of(), 42L, 1).scenario();
    }

    /** Returns the vehicles in each state at {@code time}, from a separate run through the GUI state. */
    private static int[] statesAt(double time) throws Exception {
        RideGridWithUI gui = new RideGridWithUI(new RideGridModel(tiny()), RideGridWithUI.DEFAULT_FRAME_SECONDS);
        Headline[] last = new Headline[1];
        gui.addSink((headline, events) -> last[0] = headline);
        gui.start();
        while (gui.model().schedule.getTime() < time && gui.step()) {
            // Step as the Console does.
        }
        return last[0].vehiclesByState();
    }

    private static boolean hasColour(BufferedImage image, int width, int height, int rgb) {
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void snapshotShowsEachPresentState() throws Exception {
        BufferedImage image = CitySnapshot.render(new RideGridModel(tiny()), EIGHT_AM, CELL_PIXELS);
        int[] counts = statesAt(EIGHT_AM);
        int cityPixels = 10 * CELL_PIXELS;

        int present = 0;
        for (VehicleState state : VehicleState.values()) {
            boolean drawn = hasColour(image, cityPixels, cityPixels, state.rgb());
            if (counts[state.ordinal()] > 0) {
                present++;
                assertTrue(drawn, state + ": " + counts[state.ordinal()] + " vehicle(s) but no pixel of its colour");
            } else if (state != VehicleState.CHARGING) {
                // A full pad is filled with the charging colour, so only the other states must be absent.
                assertFalse(drawn, state + ": no vehicle in this state but pixels of its colour");
            }
        }
        assertTrue(present >= 3, "the chosen time should show at least three states, got " + present);
    }

    @Test
    void snapshotHasExpectedSize() throws Exception {
        BufferedImage image = CitySnapshot.render(new RideGridModel(tiny()), EIGHT_AM, CELL_PIXELS);
        assertEquals(10 * CELL_PIXELS + InfoPainter.WIDTH, image.getWidth());
        assertEquals(Math.max(10 * CELL_PIXELS, InfoPainter.HEIGHT), image.getHeight());
    }

    @Test
    void snapshotAtStartShowsIdleFleet() throws Exception {
        BufferedImage image = CitySnapshot.render(new RideGridModel(tiny()), 0.0, CELL_PIXELS);
        assertTrue(hasColour(image, 10 * CELL_PIXELS, 10 * CELL_PIXELS, VehicleState.IDLE.rgb()));
    }
}
