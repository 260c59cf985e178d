package org.ridegrid.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ridegrid.scenario.ScenarioTexts.MINIMAL;
import static org.ridegrid.scenario.ScenarioTexts.load;
import static org.ridegrid.scenario.ScenarioTexts.loadWith;

import java.time.DayOfWeek;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioDefaultsTest {

    @Test
    void topLevelDefaults() throws ScenarioException {
        Scenario scenario = load(MINIMAL).scenario();
        assertEquals("", scenario.description());
        assertEquals(1L, scenario.seed());
        assertEquals(7, scenario.days());
        assertEquals(DayOfWeek.MONDAY, scenario.startWeekday());
    }

    @Test
    void cityDefaults() throws ScenarioException {
        CitySpec city = load(MINIMAL).scenario().city();
        assertEquals(40, city.widthCells());
        assertEquals(40, city.heightCells());
        assertEquals(0.25, city.cellMiles());
        assertEquals(0.6, city.weekdayCongestion().get(8));
        assertEquals(0.85, city.weekendCongestion().get(11));
    }

    @Test
    void defaultZones() throws ScenarioException {
        List<ZoneSpec> zones = load(MINIMAL).scenario().city().zones();
        assertEquals(new ZoneSpec("core", 1.5, 6, 8, 1, 12), zones.get(0));
        assertEquals(new ZoneSpec("inner", 3, 3, 3, 3, 18), zones.get(1));
        assertEquals(new ZoneSpec("suburbs", 5, 1.5, 1, 4, 25), zones.get(2));
        assertEquals(new ZoneSpec("edge", Double.POSITIVE_INFINITY, 0.5, 0.4, 2, 35), zones.get(3));
    }

    @Test
    void demandDefaults() throws ScenarioException {
        DemandSpec demand = load(MINIMAL).scenario().demand();
        assertEquals(20000.0, demand.requestsPerDay());
        assertEquals(5.8, demand.weekdayProfile().get(8));
        assertEquals(2.6, demand.weekendProfile().get(0));
        assertArrayEquals(new double[] {0.95, 0.97, 1.0, 1.03, 1.15, 1.1, 0.85}, demand.dayOfWeekFactors());
        assertEquals(new TripLengthSpec("lognormal", 4.5, 3.5, 30), demand.tripLength());
        assertEquals(10.0, demand.maxWaitMinutes());
    }

    @Test
    void fleetDefaults() throws ScenarioException {
        FleetSpec fleet = load(MINIMAL).scenario().fleets().get(0);
        assertEquals(new FleetSpec("cabs", FleetKind.CYBERCAB, 10, 2, 35, 0.15, 0.8, 0.15, Placement.RESIDENTIAL,
                "default", new CostSpec(30000, 0.10, 5, 0.15), null, null), fleet);
    }

    @Test
    void chargingDefaults() throws ScenarioException {
        ChargingSpec expected = new ChargingSpec(Placement.RESIDENTIAL, 150, 2, 11, List.of(), 0.05, 0,
                0.2, 0.9, 0.6, 20, 5, 6, 0.05);
        assertEquals(expected, load(MINIMAL).scenario().charging());
    }

    @Test
    void otherSectionDefaults() throws ScenarioException {
        Scenario scenario = load(MINIMAL).scenario();
        assertEquals(new DispatchSpec("nearest", 12), scenario.dispatch());
        assertEquals(new RepositioningSpec("none", 15, 30, 0.2), scenario.repositioning());
        assertEquals(new OutputSpec(true), scenario.output());
    }

    @Test
    void padLocationDefaultsFromPads() throws ScenarioException {
        String extra = """
                charging:
                  pads:
                    placement: explicit
                    places: 3
                    power_kw: 7.5
                    locations:
                      - {x: 1, y: 2}
                      - {x: 3, y: 4, places: 1, power_kw: 50}
                """;
        List<PadLocation> pads = loadWith(extra).scenario().charging().explicitPads();
        assertEquals(new PadLocation(1, 2, 3, 7.5), pads.get(0));
        assertEquals(new PadLocation(3, 4, 1, 50), pads.get(1));
    }

    @Test
    void zoneDefaultsPerElement() throws ScenarioException {
        String extra = """
                city:
                  zones:
                    - {name: a, radius_miles: 2, speed_mph: 30}
                    - {name: b}
                """;
        List<ZoneSpec> zones = loadWith(extra).scenario().city().zones();
        assertEquals(new ZoneSpec("a", 2, 1, 1, 1, 30), zones.get(0));
        assertEquals(new ZoneSpec("b", Double.POSITIVE_INFINITY, 1, 1, 1, 20), zones.get(1));
    }

    @Test
    void numbersInYamlForms() throws ScenarioException {
        String extra = """
                seed: 0x10
                demand:
                  requests_per_day: 1.5e3
                  max_wait_minutes: .5
                """;
        Scenario scenario = loadWith(extra).scenario();
        assertEquals(16L, scenario.seed());
        assertEquals(1500.0, scenario.demand().requestsPerDay());
        assertEquals(0.5, scenario.demand().maxWaitMinutes());
    }

    @Test
    void wholeFloatForInteger() throws ScenarioException {
        assertEquals(1_000_000, load(MINIMAL.replace("vehicles: 10", "vehicles: 1e6")).scenario().fleets().get(0).vehicles());
    }

    @Test
    void largestSeed() throws ScenarioException {
        assertEquals(1L << 53, loadWith("seed: 9007199254740992\n").scenario().seed());
    }
}
