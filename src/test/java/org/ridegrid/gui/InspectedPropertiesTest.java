package org.ridegrid.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ridegrid.model.RideGridModel;
import org.ridegrid.scenario.FleetKind;
import org.ridegrid.scenario.ScenarioLoader;

import sim.util.SimpleProperties;

/** MASON's inspectors read the view objects through bean getters; each must be listed and readable. */
class InspectedPropertiesTest {
    private static List<String> readAll(Object bean) {
        SimpleProperties properties = new SimpleProperties(bean);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < properties.numProperties(); i++) {
            names.add(properties.getName(i));
            assertNotNull(properties.getValue(i), bean + "." + properties.getName(i));
        }
        return names;
    }

    @Test
    void viewObjectsShowTheirState() throws Exception {
        RideGridModel model = new RideGridModel(ScenarioLoader.load(
                Path.of("src/test/resources/scenarios/tiny.yaml"), List.of(), 42L, 1).scenario());
        RideGridWithUI gui = new RideGridWithUI(model, RideGridWithUI.DEFAULT_FRAME_SECONDS);
        gui.start();
        while (model.schedule.getTime() < 8 * 3600.0 && gui.step()) {
            // Step as the Console does.
        }

        List<String> vehicle = readAll(gui.scene().vehicle(0));
        for (String name : List.of("State", "Charge", "Trip", "History", "Leg", "Pad")) {
            assertTrue(vehicle.contains(name), "vehicle inspector lacks " + name + ": " + vehicle);
        }
        List<String> settings = readAll(gui.getSimulationInspectedObject());
        assertTrue(settings.contains("Note"), settings.toString());
        assertTrue(settings.contains("Seed"), settings.toString());
        assertEquals(42L, new ScenarioSettings(model, 10).getSeed());

        PadView pad = new PadView(model.pads().pad(0), model.city());
        assertTrue(readAll(pad).contains("Queued"));
        model.forEachWaitingRequest(request -> assertTrue(
                readAll(new RiderView(request, model.city(), 0, 0)).contains("Requested")));
    }

    @Test
    void everyFleetKindFitsUnitSquare() {
        for (FleetKind kind : FleetKind.values()) {
            Rectangle2D bounds = FleetShapes.unitShape(kind).getBounds2D();
            assertTrue(bounds.getWidth() <= 1.0, kind + " width: " + bounds);
            assertTrue(bounds.getHeight() <= 1.0, kind + " height: " + bounds);
            assertEquals(0.0, bounds.getCenterX(), 1e-9, kind + " centred in x");
            assertEquals(0.0, bounds.getCenterY(), 1e-9, kind + " centred in y");
            assertTrue(!FleetShapes.outlineName(kind).isBlank(), kind + " has a legend name");
        }
    }
}
