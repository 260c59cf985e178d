package org.ridegrid.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ridegrid.TestScenarios;
import org.ridegrid.metrics.RunCollectors;
import org.ridegrid.scenario.DispatchSpec;
import org.ridegrid.scenario.FleetKind;
import org.ridegrid.scenario.FleetSpec;
import org.ridegrid.scenario.OutputSpec;
import org.ridegrid.scenario.PadLocation;
import org.ridegrid.scenario.Placement;
import org.ridegrid.scenario.RepositioningSpec;
import org.ridegrid.scenario.Scenario;

class StrandedStartTest {
    @Test
    void emptyVehicleAwayFromPadsStaysIdle() {
        FleetSpec fleet = TestScenarios.cybercabFleet("cab", 3, 0.0, 0.0, Placement.UNIFORM);
        Scenario scenario = TestScenarios.scenario("stranded", 1, 1, TestScenarios.uniformCity(10, 10),
                TestScenarios.demand(50), List.of(fleet), TestScenarios.explicitPads(List.of(new PadLocation(0, 0, 1, 11))),
                new DispatchSpec("nearest", 10), new RepositioningSpec("none", 15, 30, 0.2), new OutputSpec(false));
        RideGridModel model = new RideGridModel(scenario);
        RunCollectors collectors = RunCollectors.attach(model, true);
        model.runToEnd();
        assertEquals(0, collectors.requests().served(), "vehicles without charge serve nobody");
        assertEquals(collectors.requests().created(), collectors.requests().abandoned() + collectors.requests().rejected());
    }
}
