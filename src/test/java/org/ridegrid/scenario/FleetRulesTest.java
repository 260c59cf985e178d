package org.ridegrid.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ridegrid.scenario.ScenarioTexts.failure;
import static org.ridegrid.scenario.ScenarioTexts.load;

import org.junit.jupiter.api.Test;

/** Cross-field rules of operators, depots, depot fleets and lent fleets. */
class FleetRulesTest {
    /** Two operators on lines 3 and 4, a depot on line 6 and one cybercab fleet from line 8. */
    private static final String BASE = """
            name: rules
            operators:
              - {name: robo}
              - {name: waymo}
            depots:
              - {name: south, x: 5, y: 0, capacity: 10}
            fleets:
              - {name: cabs, kind: cybercab, vehicles: 3, operator: waymo}
            """;

    private static final String LENT = "  - name: owners\n    kind: lent\n    vehicles: 2\n    lent:\n";

    private static String depotFleet(String name, int vehicles, String depot) {
        return "  - {name: " + name + ", kind: depot, vehicles: " + vehicles + ", depot: {name: " + depot + "}}\n";
    }

    @Test
    void baseLoads() throws ScenarioException {
        assertEquals("waymo", load(BASE).scenario().fleets().get(0).operator());
    }

    @Test
    void operatorNamesUnique() {
        ScenarioException e = failure(BASE.replace("{name: waymo}", "{name: robo}"));
        assertEquals(4, e.line());
        assertEquals("operators[1].name", e.key());
        assertTrue(e.getMessage().contains("operator names must be unique, and operators[0].name has the same name"),
                e.getMessage());
    }

    @Test
    void depotNamesUnique() {
        ScenarioException e = failure(BASE.replace("fleets:", "  - {name: south, x: 6, y: 0}\nfleets:"));
        assertEquals("depots[1].name", e.key());
        assertTrue(e.getMessage().contains("depot names must be unique"), e.getMessage());
    }

    @Test
    void unknownOperatorSuggested() {
        ScenarioException e = failure(BASE.replace("operator: waymo", "operator: waymoo"));
        assertEquals(8, e.line());
        assertEquals("fleets[0].operator", e.key());
        assertEquals("waymoo", e.value());
        assertTrue(e.getMessage().endsWith("must name an element of operators (robo, waymo). Did you mean `waymo`?"),
                e.getMessage());
    }

    @Test
    void unknownOperatorFar() {
        ScenarioException e = failure(BASE.replace("operator: waymo", "operator: lyft"));
        assertTrue(e.getMessage().endsWith("must name an element of operators (robo, waymo)."), e.getMessage());
    }

    @Test
    void operatorDefaultsToFirst() throws ScenarioException {
        assertEquals("robo", load(BASE.replace(", operator: waymo", "")).scenario().fleets().get(0).operator());
    }

    @Test
    void unknownDepotSuggested() {
        ScenarioException e = failure(BASE + depotFleet("vans", 2, "sout"));
        assertEquals(9, e.line());
        assertEquals("fleets[1].depot.name", e.key());
        assertTrue(e.getMessage().endsWith("must name an element of depots (south). Did you mean `south`?"), e.getMessage());
    }

    @Test
    void depotFleetWithoutDepots() {
        String yaml = "name: x\nfleets:\n" + depotFleet("vans", 2, "south");
        ScenarioException e = failure(yaml);
        assertEquals("fleets[0].depot.name", e.key());
        assertTrue(e.getMessage().contains("must name an element of depots, but the scenario lists none"), e.getMessage());
    }

    @Test
    void depotOutsideWidth() {
        ScenarioException e = failure(BASE.replace("x: 5", "x: 40"));
        assertEquals(6, e.line());
        assertEquals("depots[0].x", e.key());
        assertTrue(e.getMessage().contains("must be inside the grid, from 0 to city.width_cells - 1 = 39"), e.getMessage());
    }

    @Test
    void depotOutsideHeight() {
        ScenarioException e = failure(BASE.replace("y: 0", "y: 12") + "city: {height_cells: 12}\n");
        assertEquals("depots[0].y", e.key());
        assertTrue(e.getMessage().contains("from 0 to city.height_cells - 1 = 11"), e.getMessage());
    }

    @Test
    void depotCapacityExceeded() {
        ScenarioException e = failure(BASE + depotFleet("vans", 6, "south") + depotFleet("minis", 5, "south"));
        assertEquals(6, e.line());
        assertEquals("depots[0].capacity", e.key());
        assertEquals("10", e.value());
        assertTrue(e.getMessage().contains("depot south must park all 11 vehicles of the depot fleets that live there"
                + " overnight (vans: 6, minis: 5), but its capacity is 10."), e.getMessage());
    }

    @Test
    void depotCapacityDefault() {
        ScenarioException e = failure(BASE.replace(", capacity: 10", "") + depotFleet("vans", 201, "south"));
        assertEquals("depots[0].capacity", e.key());
        assertTrue(e.getMessage().contains("all 201 vehicles"), e.getMessage());
        assertTrue(e.getMessage().contains("its capacity is 200"), e.getMessage());
    }

    @Test
    void depotCapacityExactlyFull() throws ScenarioException {
        int fleets = load(BASE + depotFleet("vans", 6, "south") + depotFleet("minis", 4, "south")).scenario().fleets().size();
        assertEquals(3, fleets);
    }

    @Test
    void capacityCountsOnlyDepotFleets() throws ScenarioException {
        assertEquals(1, load(BASE.replace("vehicles: 3", "vehicles: 30")).scenario().depots().size());
    }

    @Test
    void capacityPerDepot() {
        String twoDepots = BASE.replace("fleets:", "  - {name: north, x: 5, y: 39, capacity: 4}\nfleets:");
        ScenarioException e = failure(twoDepots + depotFleet("vans", 8, "south") + depotFleet("minis", 5, "north"));
        assertEquals("depots[1].capacity", e.key());
        assertTrue(e.getMessage().contains("depot north must park all 5 vehicles"), e.getMessage());
        assertEquals(1, e.problems().size());
    }

    @Test
    void quantileLengthsDiffer() {
        String lent = LENT + "      departure_quantile_shares: [0, 0.5, 1]\n      departure_quantile_hours: [5, 7]\n";
        ScenarioException e = failure(BASE + lent);
        assertEquals(14, e.line());
        assertEquals("fleets[1].lent.departure_quantile_hours", e.key());
        assertTrue(e.getMessage().contains("must have as many values as fleets[1].lent.departure_quantile_shares (3)"),
                e.getMessage());
    }

    @Test
    void quantileLengthsDifferDefaultHours() {
        ScenarioException e = failure(BASE + LENT + "      departure_quantile_shares: [0, 0.5, 1]\n");
        assertEquals(13, e.line());
        assertEquals("fleets[1].lent.departure_quantile_shares", e.key());
        assertTrue(e.getMessage().contains("as many values as fleets[1].lent.departure_quantile_hours (5)"), e.getMessage());
    }

    @Test
    void sharesStartAtZero() {
        ScenarioException e = failure(BASE + LENT + "      departure_quantile_shares: [0.01, 0.1, 0.5, 0.9, 1]\n");
        assertEquals("fleets[1].lent.departure_quantile_shares", e.key());
        assertTrue(e.getMessage().contains("must start at exactly 0"), e.getMessage());
    }

    @Test
    void sharesEndAtOne() {
        ScenarioException e = failure(BASE + LENT + "      departure_quantile_shares: [0, 0.1, 0.5, 0.9, 0.99]\n");
        assertTrue(e.getMessage().contains("must end at exactly 1"), e.getMessage());
    }

    @Test
    void sharesRiseStrictly() {
        ScenarioException e = failure(BASE + LENT + "      departure_quantile_shares: [0, 0.5, 0.5, 0.9, 1]\n");
        assertEquals("fleets[1].lent.departure_quantile_shares", e.key());
        assertTrue(e.getMessage().contains("must rise strictly, but value 3 (0.5) is not larger than value 2 (0.5)"),
                e.getMessage());
    }

    @Test
    void hoursNeverDecrease() {
        ScenarioException e = failure(BASE + LENT + "      departure_quantile_hours: [5, 6, 5.5, 9, 11]\n");
        assertEquals("fleets[1].lent.departure_quantile_hours", e.key());
        assertTrue(e.getMessage().contains("must never decrease, but value 3 (5.5) is smaller than value 2 (6)"),
                e.getMessage());
    }

    @Test
    void equalHoursAllowed() throws ScenarioException {
        String lent = LENT + "      departure_quantile_hours: [7, 7, 7, 8, 8]\n";
        assertEquals(7.0, load(BASE + lent).scenario().fleets().get(1).lent().departureQuantileHours().get(2));
    }

    @Test
    void quantilesOnWrongKindNotChecked() {
        String yaml = BASE.replace("operator: waymo}", "operator: waymo, lent: {departure_quantile_shares: [1, 0]}}");
        ScenarioException e = failure(yaml);
        assertEquals("fleets[0].lent", e.key());
        assertEquals(1, e.problems().size());
    }

    @Test
    void outOfAreaMeanBelowMax() {
        ScenarioException e = failure(BASE + "demand:\n  out_of_area:\n    mean_miles: 60\n");
        assertEquals(11, e.line());
        assertEquals("demand.out_of_area.mean_miles", e.key());
        assertTrue(e.getMessage().contains("must be smaller than demand.out_of_area.max_miles = 60"), e.getMessage());
    }

    @Test
    void marketSharesPositiveSum() {
        String yaml = BASE.replace("{name: robo}", "{name: robo, market_share: 0}")
                .replace("{name: waymo}", "{name: waymo, market_share: 0}");
        ScenarioException e = failure(yaml);
        assertEquals(3, e.line());
        assertEquals("operators", e.key());
        assertTrue(e.getMessage().contains("the market_share values must have a positive sum"), e.getMessage());
    }

    @Test
    void oneZeroShareAllowed() throws ScenarioException {
        String yaml = BASE.replace("{name: robo}", "{name: robo, market_share: 0}");
        assertEquals(0.0, load(yaml).scenario().operators().get(0).marketShare());
    }

    @Test
    void fareBandsOverlap() {
        String yaml = BASE.replace("{name: robo}", "{name: robo, fares: {short_trip_miles: 3, long_trip_miles: 2}}");
        ScenarioException e = failure(yaml);
        assertEquals("operators[0].fares.long_trip_miles", e.key());
        assertTrue(e.getMessage().contains("must be larger than or equal to operators[0].fares.short_trip_miles = 3"),
                e.getMessage());
    }

    @Test
    void fareBandOffIgnored() throws ScenarioException {
        String yaml = BASE.replace("{name: robo}", "{name: robo, fares: {short_trip_miles: 3}}");
        assertEquals(3.0, load(yaml).scenario().operators().get(0).fares().shortTripMiles());
    }
}
