package org.ridegrid.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ridegrid.scenario.ScenarioTexts.MINIMAL;
import static org.ridegrid.scenario.ScenarioTexts.failure;
import static org.ridegrid.scenario.ScenarioTexts.failureWith;
import static org.ridegrid.scenario.ScenarioTexts.loadWith;

import org.junit.jupiter.api.Test;

class ScenarioRulesTest {
    private static final String PADS_EXPLICIT = """
            charging:
              pads:
                placement: explicit
                locations:
            """;

    @Test
    void radiiMustIncrease() {
        String extra = """
                city:
                  zones:
                    - {name: a, radius_miles: 3}
                    - {name: b, radius_miles: 2}
                    - {name: c}
                """;
        ScenarioException e = failureWith(extra);
        assertEquals(9, e.line());
        assertEquals("city.zones[1].radius_miles", e.key());
        assertEquals("2", e.value());
        assertTrue(e.getMessage().contains("must be larger than city.zones[0].radius_miles = 3"), e.getMessage());
    }

    @Test
    void equalRadiiRejected() {
        String extra = "city:\n  zones: [{name: a, radius_miles: 2}, {name: b, radius_miles: 2}]\n";
        assertEquals("city.zones[1].radius_miles", failureWith(extra).key());
    }

    @Test
    void onlyLastZoneOmitsRadius() {
        String extra = """
                city:
                  zones:
                    - {name: a}
                    - {name: b, radius_miles: 2}
                """;
        ScenarioException e = failureWith(extra);
        assertEquals(8, e.line());
        assertEquals("city.zones[0].radius_miles", e.key());
        assertTrue(e.getMessage().contains("is missing. Only the last zone may omit radius_miles"), e.getMessage());
    }

    @Test
    void lastZoneMayHaveRadius() throws ScenarioException {
        String extra = "city:\n  zones: [{name: a, radius_miles: 2}]\n";
        assertEquals(2.0, loadWith(extra).scenario().city().zones().get(0).radiusMiles());
    }

    @Test
    void zoneNamesUnique() {
        String extra = "city:\n  zones: [{name: a, radius_miles: 1}, {name: a}]\n";
        ScenarioException e = failureWith(extra);
        assertEquals("city.zones[1].name", e.key());
        assertTrue(e.getMessage().contains("zone names must be unique"), e.getMessage());
    }

    @Test
    void fleetNamesUnique() {
        ScenarioException e = failure(MINIMAL + "  - {name: cabs, kind: cybercab, vehicles: 2}\n");
        assertEquals(6, e.line());
        assertEquals("fleets[1].name", e.key());
        assertTrue(e.getMessage().contains("fleet names must be unique"), e.getMessage());
    }

    @Test
    void explicitNeedsLocations() {
        ScenarioException e = failureWith("charging:\n  pads:\n    placement: explicit\n");
        assertEquals(8, e.line());
        assertEquals("charging.pads.placement", e.key());
        assertTrue(e.getMessage().contains("needs a non-empty charging.pads.locations list"), e.getMessage());
    }

    @Test
    void locationsNeedExplicit() {
        ScenarioException e = failureWith("charging:\n  pads:\n    locations: [{x: 1, y: 1}]\n");
        assertEquals(8, e.line());
        assertEquals("charging.pads.locations", e.key());
        assertTrue(e.getMessage().contains("only used when charging.pads.placement is explicit"), e.getMessage());
    }

    @Test
    void locationOutsideWidth() {
        ScenarioException e = failureWith("city:\n  width_cells: 10\n" + PADS_EXPLICIT + "      - {x: 10, y: 0}\n");
        assertEquals(12, e.line());
        assertEquals("charging.pads.locations[0].x", e.key());
        assertTrue(e.getMessage().contains("must be inside the grid, from 0 to city.width_cells - 1 = 9"), e.getMessage());
    }

    @Test
    void locationOutsideHeight() {
        ScenarioException e = failureWith(PADS_EXPLICIT + "      - {x: 0, y: 40}\n");
        assertEquals("charging.pads.locations[0].y", e.key());
    }

    @Test
    void negativeLocation() {
        ScenarioException e = failureWith(PADS_EXPLICIT + "      - {x: -1, y: 0}\n");
        assertEquals("charging.pads.locations[0].x", e.key());
    }

    @Test
    void locationNeedsX() {
        ScenarioException e = failureWith(PADS_EXPLICIT + "      - {y: 0}\n");
        assertEquals("charging.pads.locations[0].x", e.key());
        assertTrue(e.getMessage().contains("is missing"), e.getMessage());
    }

    @Test
    void reserveBelowChargeBelow() {
        ScenarioException e = failureWith("charging:\n  policy:\n    reserve_share: 0.3\n");
        assertEquals(8, e.line());
        assertEquals("charging.policy.reserve_share", e.key());
        assertTrue(e.getMessage().contains("must be smaller than charging.policy.charge_below_share = 0.2"), e.getMessage());
    }

    @Test
    void chargeBelowUnderChargeTo() {
        ScenarioException e = failureWith("charging:\n  policy:\n    charge_to_share: 0.5\n    charge_below_share: 0.5\n");
        assertEquals("charging.policy.charge_to_share", e.key());
        assertTrue(e.getMessage().contains("must be larger than charging.policy.charge_below_share = 0.5"), e.getMessage());
    }

    @Test
    void topUpNotAboveChargeTo() {
        ScenarioException e = failureWith("charging:\n  policy:\n    top_up_below_share: 0.95\n");
        assertEquals("charging.policy.top_up_below_share", e.key());
        assertTrue(e.getMessage().contains("must be smaller than or equal to charging.policy.charge_to_share"), e.getMessage());
    }

    @Test
    void topUpEqualChargeToAllowed() throws ScenarioException {
        double share = loadWith("charging:\n  policy:\n    top_up_below_share: 0.9\n").scenario().charging().topUpBelowShare();
        assertEquals(0.9, share);
    }

    @Test
    void hourlyProfileNeedsPositiveSum() {
        String zeros = "[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]";
        ScenarioException e = failureWith("demand:\n  hourly_profile:\n    weekend: " + zeros + "\n");
        assertEquals(8, e.line());
        assertEquals("demand.hourly_profile.weekend", e.key());
        assertTrue(e.getMessage().contains("must have a positive sum"), e.getMessage());
    }

    @Test
    void fleetAtPadsNeedsPads() {
        ScenarioException e = failure(MINIMAL + "    placement: pads\ncharging:\n  pads:\n    count: 0\n");
        assertEquals(6, e.line());
        assertEquals("fleets[0].placement", e.key());
        assertTrue(e.getMessage().contains("the scenario has none (charging.pads.count = 0)"), e.getMessage());
    }

    @Test
    void fleetAtExplicitPads() throws ScenarioException {
        String yaml = MINIMAL + "    placement: pads\n" + PADS_EXPLICIT + "      - {x: 1, y: 1}\n";
        assertEquals(Placement.PADS, ScenarioTexts.load(yaml).scenario().fleets().get(0).placement());
    }

    @Test
    void fleetPlacementExplicitRejected() {
        ScenarioException e = failure(MINIMAL + "    placement: explicit\n");
        assertEquals("fleets[0].placement", e.key());
        assertTrue(e.getMessage().contains("explicit placement applies to charging pads only"), e.getMessage());
    }

    @Test
    void padPlacementPadsRejected() {
        ScenarioException e = failureWith("charging:\n  pads:\n    placement: pads\n");
        assertEquals("charging.pads.placement", e.key());
        assertTrue(e.getMessage().contains("pads placement applies to fleets only"), e.getMessage());
    }

    @Test
    void tripMeanBelowMax() {
        ScenarioException e = failureWith("demand:\n  trip_length:\n    mean_miles: 40\n");
        assertEquals(8, e.line());
        assertEquals("demand.trip_length.mean_miles", e.key());
        assertTrue(e.getMessage().contains("must be smaller than demand.trip_length.max_miles = 30"), e.getMessage());
    }

    @Test
    void rulesAndValueProblemsTogether() {
        ScenarioException e = failureWith("days: 0\ndemand:\n  trip_length:\n    mean_miles: 40\n");
        assertEquals(2, e.problems().size());
    }
}
