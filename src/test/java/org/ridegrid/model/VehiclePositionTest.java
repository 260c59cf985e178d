package org.ridegrid.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ridegrid.TestScenarios;
import org.ridegrid.scenario.DispatchSpec;
import org.ridegrid.scenario.FleetSpec;
import org.ridegrid.scenario.OutputSpec;
import org.ridegrid.scenario.PadLocation;
import org.ridegrid.scenario.Placement;
import org.ridegrid.scenario.RepositioningSpec;
import org.ridegrid.scenario.Scenario;

class VehiclePositionTest {
    private static final double EXACT = 1e-9;

    @Test
    void positionFollowsXThenY() {
        FleetSpec fleet = TestScenarios.cybercabFleet("cab", 1, 0.8, 0.0, Placement.PADS);
        Scenario scenario = TestScenarios.scenario("pos", 1, 1, TestScenarios.uniformCity(6, 6),
                TestScenarios.demand(0), List.of(fleet), TestScenarios.explicitPads(List.of(new PadLocation(0, 0, 1, 11))),
                new DispatchSpec("nearest", 30), new RepositioningSpec("none", 15, 30, 0.2), new OutputSpec(false));
        RideGridModel model = new RideGridModel(scenario);
        model.setSyntheticDemand(false);
        // The vehicle at (0, 0) is sent at 01:00 to a rider at (2, 3): 5 cells of 75 s each.
        model.injectRequest(3600, 0 + 0 * 6 + 2 + 3 * 6, 5);
        model.start();
        model.stepUntil(3600);
        Vehicle vehicle = model.vehicle(0);
        double[] at = new double[2];

        vehicle.position(model.city(), 3600 + 75, at);
        assertEquals(1.0, at[0], EXACT);
        assertEquals(0.0, at[1], EXACT);
        vehicle.position(model.city(), 3600 + 3 * 75, at);
        assertEquals(2.0, at[0], EXACT);
        assertEquals(1.0, at[1], EXACT);
        vehicle.position(model.city(), 3600 + 5 * 75, at);
        assertEquals(2.0, at[0], EXACT);
        assertEquals(3.0, at[1], EXACT);
    }
}
