package org.ridegrid.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioKeysTest {

    @Test
    void topLevelOrder() {
        assertEquals(List.of("name", "description", "seed", "days", "start_weekday", "city", "demand", "fleets",
                "charging", "dispatch", "repositioning", "output"), ScenarioKeys.childNames(""));
    }

    @Test
    void fleetElementKeys() {
        assertEquals(List.of("name", "kind", "vehicles", "seats", "battery_kwh", "consumption_kwh_per_mile",
                "initial_soc_share", "initial_soc_spread", "placement"), ScenarioKeys.childNames("fleets[]"));
    }

    @Test
    void sectionsKnown() {
        assertTrue(ScenarioKeys.isSection("charging.pads"));
        assertTrue(ScenarioKeys.isSection("demand.hourly_profile"));
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
