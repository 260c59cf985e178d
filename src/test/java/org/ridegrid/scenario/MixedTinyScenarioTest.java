package org.ridegrid.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The test scenario with all three fleet kinds, two operators and a depot. */
class MixedTinyScenarioTest {

    private static Scenario mixedTiny() throws ScenarioException, URISyntaxException {
        Path file = Path.of(MixedTinyScenarioTest.class.getResource("/scenarios/mixed-tiny.yaml").toURI());
        return ScenarioLoader.load(file, List.of(), null, null).scenario();
    }

    @Test
    void gridAndDemand() throws ScenarioException, URISyntaxException {
        Scenario scenario = mixedTiny();
        assertEquals(12, scenario.city().widthCells());
        assertEquals(12, scenario.city().heightCells());
        assertEquals(400.0, scenario.demand().requestsPerDay());
        assertEquals(new OutOfAreaSpec(0.05, 3, 2, 8), scenario.demand().outOfArea());
    }

    @Test
    void twoOperators() throws ScenarioException, URISyntaxException {
        List<OperatorSpec> operators = mixedTiny().operators();
        assertEquals(List.of("robo", "waymo"), operators.stream().map(OperatorSpec::name).toList());
        assertEquals(2.0, operators.get(0).marketShare());
        assertEquals(true, operators.get(0).surge().enabled());
        assertEquals(1.0, operators.get(1).marketShare());
        assertEquals(false, operators.get(1).surge().enabled());
    }

    @Test
    void southDepot() throws ScenarioException, URISyntaxException {
        DepotSpec depot = mixedTiny().depots().get(0);
        assertEquals("south", depot.name());
        assertEquals(6, depot.x());
        assertEquals(0, depot.y());
        assertEquals(4, depot.chargers());
        assertEquals(10, depot.capacity());
    }

    @Test
    void fleetsOfThreeKinds() throws ScenarioException, URISyntaxException {
        List<FleetSpec> fleets = mixedTiny().fleets();
        assertEquals(List.of(FleetKind.CYBERCAB, FleetKind.DEPOT, FleetKind.LENT), fleets.stream().map(FleetSpec::kind).toList());
        assertEquals(List.of(6, 5, 6), fleets.stream().map(FleetSpec::vehicles).toList());
        assertEquals(List.of("robo", "waymo", "robo"), fleets.stream().map(FleetSpec::operator).toList());
    }

    @Test
    void depotFleetSettings() throws ScenarioException, URISyntaxException {
        FleetSpec vans = mixedTiny().fleets().get(1);
        assertEquals("south", vans.depot().depot());
        assertEquals(3.0, vans.depot().serviceRadiusMiles());
        assertNull(vans.lent());
    }

    @Test
    void lentFleetDefaults() throws ScenarioException, URISyntaxException {
        FleetSpec owners = mixedTiny().fleets().get(2);
        assertEquals(0.2, owners.lent().noCommuteShare());
        assertNull(owners.depot());
    }

    @Test
    void threePads() throws ScenarioException, URISyntaxException {
        ChargingSpec charging = mixedTiny().charging();
        assertEquals(Placement.EXPLICIT, charging.placement());
        assertEquals(3, charging.explicitPads().size());
    }
}
