package org.ridegrid.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TinyScenarioTest {

    private static Scenario tiny() throws ScenarioException, URISyntaxException {
        Path file = Path.of(TinyScenarioTest.class.getResource("/scenarios/tiny.yaml").toURI());
        return ScenarioLoader.load(file, List.of(), null, null).scenario();
    }

    @Test
    void tinyGrid() throws ScenarioException, URISyntaxException {
        assertEquals(10, tiny().city().widthCells());
        assertEquals(10, tiny().city().heightCells());
    }

    @Test
    void tinyFleet() throws ScenarioException, URISyntaxException {
        FleetSpec fleet = tiny().fleets().get(0);
        assertEquals(FleetKind.CYBERCAB, fleet.kind());
        assertEquals(5, fleet.vehicles());
    }

    @Test
    void tinyPads() throws ScenarioException, URISyntaxException {
        ChargingSpec charging = tiny().charging();
        assertEquals(Placement.EXPLICIT, charging.placement());
        assertEquals(3, charging.explicitPads().size());
    }

    @Test
    void tinyDemand() throws ScenarioException, URISyntaxException {
        assertEquals(200.0, tiny().demand().requestsPerDay());
    }
}
