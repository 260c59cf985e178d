package org.ridegrid.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ridegrid.model.RideGridModel;
import org.ridegrid.scenario.FleetKind;
import org.ridegrid.scenario.Scenario;
import org.ridegrid.scenario.ScenarioLoader;

/** The view shows depots, and lent cars with their owners' deadlines. */
class DepotAndOwnersViewTest {
    private static final Path MIXED = Path.of("src/test/resources/scenarios/mixed-tiny.yaml");
    private static final int CELL_PIXELS = 30;

    private static Scenario mixed() throws Exception {
        return ScenarioLoader.load(MIXED, List.of(), null, 1).scenario();
    }

    @Test
    void depotDrawnDarkerThanZones() throws Exception {
        BufferedImage image = CitySnapshot.render(new RideGridModel(mixed()), 3 * 3600.0, CELL_PIXELS);
        // The depot south is at cell (6, 0); its lower half is filled while its vehicles park overnight.
        int x = (int) (6.5 * CELL_PIXELS);
        int y = (int) (0.5 * CELL_PIXELS + 0.25 * DepotPortrayal.SIZE_CELLS * CELL_PIXELS);
        int grey = image.getRGB(x, y) & 0xFF;
        assertTrue(grey < 175, "depot fill is darker than every zone shade, got " + grey);
    }

    @Test
    void depotInspectorCountsVehicles() throws Exception {
        RideGridWithUI gui = new RideGridWithUI(new RideGridModel(mixed()), RideGridWithUI.DEFAULT_FRAME_SECONDS);
        gui.start();
        DepotView depot = new DepotView(gui.model().depots().get(0), gui.model().city());
        assertEquals("south", depot.getName());
        assertEquals(10, depot.getCapacity());
        assertEquals(5, depot.getVehiclesPresent(), "every depot vehicle starts parked");
        gui.finish();
    }

    @Test
    void lentCarShowsOwnerDeadline() throws Exception {
        RideGridWithUI gui = new RideGridWithUI(new RideGridModel(mixed()), RideGridWithUI.DEFAULT_FRAME_SECONDS);
        gui.start();
        while (gui.model().schedule.getTime() < 2 * 3600.0 && gui.step()) {
            // Step as the Console does.
        }
        int withDeadline = 0;
        for (int i = 0; i < gui.model().vehicleCount(); i++) {
            VehicleView view = gui.scene().vehicle(i);
            if (view.kind() == FleetKind.LENT) {
                assertTrue(view.getOwnerPlaces().startsWith("home "), view.getOwnerPlaces());
                if (!view.getOwnerDeadline().equals("none")) {
                    withDeadline++;
                }
            } else {
                assertEquals("none", view.getOwnerDeadline());
            }
        }
        assertNotEquals(0, withDeadline, "Monday commuters have a deadline");
        gui.finish();
    }
}
