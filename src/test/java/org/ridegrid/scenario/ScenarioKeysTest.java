package org.ridegrid.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioKeysTest {

    @Test
    void topLevelOrder() {
        assertEquals(List.of("name", "description", "seed", "days", "start_weekday", "city", "demand", "operators",
                "market", "depots", "fleets", "charging", "dispatch", "repositioning", "output"), ScenarioKeys.childNames(""));
    }

    @Test
    void fleetElementKeys() {
        assertEquals(List.of("name", "kind", "operator", "vehicles", "seats", "battery_kwh", "consumption_kwh_per_mile",
                "initial_soc_share", "initial_soc_spread", "placement", "costs", "depot", "lent"),
                ScenarioKeys.childNames("fleets[]"));
    }

    @Test
    void operatorsBeforeFleets() {
        // fleets[].operator takes its default from operators[0].name, which must be filled first.
        List<String> paths = ScenarioKeys.all().stream().map(ScenarioKey::path).toList();
        assertTrue(paths.indexOf("operators[].name") < paths.indexOf("fleets[].operator"));
    }

    @Test
    void kindSectionsConditional() {
        ConditionalSection depot = ScenarioKeys.conditionalSection("fleets[].depot.duty.weekday").orElseThrow();
        assertEquals(new ConditionalSection("fleets[].depot", "kind", "depot", true), depot);
        ConditionalSection lent = ScenarioKeys.conditionalSection("fleets[].lent").orElseThrow();
        assertEquals(new ConditionalSection("fleets[].lent", "kind", "lent", false), lent);
        assertTrue(ScenarioKeys.conditionalSection("fleets[].costs.capital_cost").isEmpty());
        assertTrue(ScenarioKeys.conditionalSection("depots[].name").isEmpty());
    }

    @Test
    void variableLengthListText() {
        ScenarioKey shares = ScenarioKeys.find("fleets[].lent.departure_quantile_shares").orElseThrow();
        assertEquals("2 to 50 values, each 0 to 1", shares.rangeText());
        assertTrue(shares.requirement().startsWith("a list of 2 to 50 numbers from 0 to 1"), shares.requirement());
        ScenarioKey weekday = ScenarioKeys.find("fleets[].depot.duty.weekday").orElseThrow();
        assertTrue(weekday.requirement().startsWith("a list of exactly 24 numbers"), weekday.requirement());
    }

    @Test
    void sectionsKnown() {
        assertTrue(ScenarioKeys.isSection("charging.pads"));
        assertTrue(ScenarioKeys.isSection("demand.hourly_profile"));
        assertTrue(ScenarioKeys.isSection("fleets[].depot"));
        assertTrue(ScenarioKeys.isSection("operators[].fares"));
        assertFalse(ScenarioKeys.isSection("fleets"));
        assertFalse(ScenarioKeys.isSection("fleets[]"));
    }

    @Test
    void everyKeyDescribed() {
        for (ScenarioKey key : ScenarioKeys.all()) {
            assertTrue(key.description().endsWith("."), key.path());
        }
    }

    @Test
    void nearestKeyDistance() {
        assertEquals(1, NearestKey.distance("max_wait_minuts", "max_wait_minutes"));
        assertEquals(3, NearestKey.distance("kitten", "sitting"));
    }

    @Test
    void farKeyNotSuggested() {
        assertTrue(NearestKey.find("colour", List.of("name", "seed")).isEmpty());
    }
}
