package org.ridegrid.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ridegrid.scenario.ScenarioTexts.failure;
import static org.ridegrid.scenario.ScenarioTexts.load;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Loading fleets of kind depot and lent, and the sections that belong to each kind. */
class FleetKindsTest {
    /** A depot at (2, 3) and one depot fleet that lives there, starting on line 5. */
    private static final String DEPOT_FLEET = """
            name: depots
            depots:
              - {name: west, x: 2, y: 3}
            fleets:
              - name: vans
                kind: depot
                vehicles: 4
            """;

    /** One lent fleet, starting on line 3. */
    private static final String LENT_FLEET = """
            name: lent
            fleets:
              - name: owners
                kind: lent
                vehicles: 4
            """;

    private static FleetSpec onlyFleet(String yaml, String... overrides) throws ScenarioException {
        return load(yaml, overrides).scenario().fleets().get(0);
    }

    @Test
    void depotFleetDefaults() throws ScenarioException {
        DepotFleetSpec depot = onlyFleet(DEPOT_FLEET + "    depot: {name: west}\n").depot();
        assertEquals("west", depot.depot());
        assertEquals(8.0, depot.serviceRadiusMiles());
        assertEquals(0.1, depot.weekdayDuty().get(0));
        assertEquals(1.0, depot.weekdayDuty().get(7));
        assertEquals(0.8, depot.weekendDuty().get(18));
        assertEquals(0.25, depot.returnBelowShare());
    }

    @Test
    void depotFleetGivenValues() throws ScenarioException {
        String extra = """
                    depot:
                      name: west
                      service_radius_miles: 2.5
                      return_below_share: 0.4
                      duty:
                        weekday: [0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0]
                """;
        DepotFleetSpec depot = onlyFleet(DEPOT_FLEET + extra).depot();
        assertEquals(2.5, depot.serviceRadiusMiles());
        assertEquals(0.4, depot.returnBelowShare());
        assertEquals(0.0, depot.weekdayDuty().get(5));
        assertEquals(1.0, depot.weekdayDuty().get(6));
        assertEquals(0.3, depot.weekendDuty().get(0));
    }

    @Test
    void depotFleetHasNoLent() throws ScenarioException {
        assertNull(onlyFleet(DEPOT_FLEET + "    depot: {name: west}\n").lent());
    }

    @Test
    void lentFleetDefaults() throws ScenarioException {
        FleetSpec fleet = onlyFleet(LENT_FLEET);
        assertNull(fleet.depot());
        LentFleetSpec expected = new LentFleetSpec(0.2, List.of(0.0, 0.1, 0.5, 0.9, 1.0),
                List.of(4.0, 5.91667, 7.5, 9.5, 10.9667), 9, 1, 15, true, true, 7.2, 0.3);
        assertEquals(expected, fleet.lent());
    }

    @Test
    void emptyLentTakesDefaults() throws ScenarioException {
        assertEquals(onlyFleet(LENT_FLEET).lent(), onlyFleet(LENT_FLEET + "    lent:\n").lent());
    }

    @Test
    void lentFleetGivenValues() throws ScenarioException {
        String extra = """
                    lent:
                      no_commute_share: 0
                      departure_quantile_shares: [0, 0.25, 1]
                      departure_quantile_hours: [6, 7, 7]
                      lend_at_work: false
                      owner_revenue_share: 0.5
                """;
        LentFleetSpec lent = onlyFleet(LENT_FLEET + extra).lent();
        assertEquals(0.0, lent.noCommuteShare());
        assertEquals(List.of(0.0, 0.25, 1.0), lent.departureQuantileShares());
        assertEquals(List.of(6.0, 7.0, 7.0), lent.departureQuantileHours());
        assertEquals(false, lent.lendAtWork());
        assertEquals(true, lent.lendOvernight());
        assertEquals(0.5, lent.ownerRevenueShare());
    }

    @Test
    void cybercabHasNoKindSections() throws ScenarioException {
        FleetSpec fleet = onlyFleet(ScenarioTexts.MINIMAL);
        assertNull(fleet.depot());
        assertNull(fleet.lent());
    }

    @Test
    void depotMappingOnCybercab() {
        ScenarioException e = failure(ScenarioTexts.MINIMAL + "    depot:\n      name: west\n");
        assertEquals(7, e.line());
        assertEquals("fleets[0].depot", e.key());
        assertTrue(e.getMessage().contains("the depot section is only used when kind is depot,"
                + " but fleets[0].kind = cybercab"), e.getMessage());
        assertEquals(1, e.problems().size());
    }

    @Test
    void lentMappingOnDepotFleet() {
        ScenarioException e = failure(DEPOT_FLEET + "    depot: {name: west}\n    lent: {lend_overnight: false}\n");
        assertEquals(9, e.line());
        assertEquals("fleets[0].lent", e.key());
        assertTrue(e.getMessage().contains("the lent section is only used when kind is lent"), e.getMessage());
    }

    @Test
    void emptyLentOnCybercab() {
        ScenarioException e = failure(ScenarioTexts.MINIMAL + "    lent:\n");
        assertEquals(6, e.line());
        assertEquals("fleets[0].lent", e.key());
    }

    @Test
    void lentSetByOverrideOnCybercab() {
        ScenarioException e = failure(ScenarioTexts.MINIMAL, "fleets[0].lent.lend_overnight=false");
        assertEquals("--set", e.sourceName());
        assertEquals("fleets[0].lent.lend_overnight", e.key());
        assertTrue(e.getMessage().contains("the lent section is only used when kind is lent"), e.getMessage());
    }

    @Test
    void depotNotMapping() {
        ScenarioException e = failure(DEPOT_FLEET + "    depot: west\n");
        assertEquals(8, e.line());
        assertEquals("fleets[0].depot", e.key());
        assertTrue(e.getMessage().contains("must be a mapping with keys such as name, service_radius_miles"), e.getMessage());
        assertEquals(1, e.problems().size());
    }

    @Test
    void emptyDepotNeedsName() {
        ScenarioException e = failure(DEPOT_FLEET + "    depot:\n");
        assertEquals("fleets[0].depot.name", e.key());
        assertTrue(e.getMessage().contains("is missing. Add it: depot the fleet lives in"), e.getMessage());
    }

    @Test
    void depotNameByOverride() throws ScenarioException {
        assertEquals("west", onlyFleet(DEPOT_FLEET, "fleets[0].depot.name=west").depot().depot());
    }

    @Test
    void unknownKeyInDepot() {
        ScenarioException e = failure(DEPOT_FLEET + "    depot: {name: west, service_radus_miles: 3}\n");
        assertEquals("fleets[0].depot.service_radus_miles", e.key());
        assertTrue(e.getMessage().contains("Did you mean `service_radius_miles`?"), e.getMessage());
    }

    @Test
    void dutyOutOfRange() {
        String ones = "[1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1.5]";
        ScenarioException e = failure(DEPOT_FLEET + "    depot: {name: west, duty: {weekday: " + ones + "}}\n");
        assertEquals("fleets[0].depot.duty.weekday[23]", e.key());
        assertTrue(e.getMessage().contains("must be a number from 0 to 1"), e.getMessage());
    }

    @Test
    void quantileListTooShort() {
        ScenarioException e = failure(LENT_FLEET + "    lent: {departure_quantile_shares: [0]}\n");
        assertEquals("fleets[0].lent.departure_quantile_shares", e.key());
        assertTrue(e.getMessage().contains("must have 2 to 50 values"), e.getMessage());
        assertTrue(e.getMessage().contains("but has 1."), e.getMessage());
    }

    @Test
    void quantileListTooLong() {
        String hours = "[" + "7, ".repeat(50) + "7]";
        ScenarioException e = failure(LENT_FLEET + "    lent: {departure_quantile_hours: " + hours + "}\n");
        assertEquals("fleets[0].lent.departure_quantile_hours", e.key());
        assertTrue(e.getMessage().contains("but has 51."), e.getMessage());
    }

    @Test
    void hourAbove24() {
        String lent = "    lent: {departure_quantile_shares: [0, 1], departure_quantile_hours: [6, 25]}\n";
        ScenarioException e = failure(LENT_FLEET + lent);
        assertEquals("fleets[0].lent.departure_quantile_hours[1]", e.key());
        assertTrue(e.getMessage().contains("must be a number from 0 to 24"), e.getMessage());
    }

    @Test
    void kindWordsAccepted() throws ScenarioException {
        String yaml = DEPOT_FLEET + "    depot: {name: west}\n"
                + "  - {name: cabs, kind: cybercab, vehicles: 2}\n"
                + "  - {name: owners, kind: lent, vehicles: 3}\n";
        List<FleetKind> kinds = load(yaml).scenario().fleets().stream().map(FleetSpec::kind).toList();
        assertEquals(List.of(FleetKind.DEPOT, FleetKind.CYBERCAB, FleetKind.LENT), kinds);
    }
}
