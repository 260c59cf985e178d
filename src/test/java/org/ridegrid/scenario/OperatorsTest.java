package org.ridegrid.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ridegrid.scenario.ScenarioTexts.MINIMAL;
import static org.ridegrid.scenario.ScenarioTexts.failureWith;
import static org.ridegrid.scenario.ScenarioTexts.load;
import static org.ridegrid.scenario.ScenarioTexts.loadWith;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Defaults and values of operators, the market, depots, fleet costs and out-of-area trips. */
class OperatorsTest {

    @Test
    void defaultOperator() throws ScenarioException {
        OperatorSpec expected = new OperatorSpec("default", 1, new FareSpec(2, 2, 0.3, 7, 0, 2, 0, 2),
                new SurgeSpec(false, 1, 0.5, 3, 1));
        assertEquals(List.of(expected), load(MINIMAL).scenario().operators());
    }

    @Test
    void defaultMarketAndDepots() throws ScenarioException {
        Scenario scenario = load(MINIMAL).scenario();
        assertEquals(new MarketSpec("shares"), scenario.market());
        assertEquals(List.of(), scenario.depots());
    }

    @Test
    void defaultOutOfArea() throws ScenarioException {
        assertEquals(new OutOfAreaSpec(0, 15, 10, 60), load(MINIMAL).scenario().demand().outOfArea());
    }

    @Test
    void fleetCostsDefaults() throws ScenarioException {
        FleetSpec fleet = load(MINIMAL).scenario().fleets().get(0);
        assertEquals(new CostSpec(30000, 0.10, 5, 0.15), fleet.costs());
        assertEquals("default", fleet.operator());
    }

    @Test
    void fleetCostsGiven() throws ScenarioException {
        String yaml = MINIMAL + "    costs: {capital_cost: 80000, insurance_per_day: 12}\n";
        assertEquals(new CostSpec(80000, 0.10, 12, 0.15), load(yaml).scenario().fleets().get(0).costs());
    }

    @Test
    void faresAndSurgeGiven() throws ScenarioException {
        String extra = """
                operators:
                  - name: robo
                    market_share: 2
                    fares: {base: 1.5, per_mile: 1.2, minimum: 5, short_trip_miles: 1, short_trip_per_mile: 3}
                    surge: {enabled: true, max_multiplier: 2, elasticity: 0}
                """;
        OperatorSpec operator = loadWith(extra).scenario().operators().get(0);
        assertEquals(new FareSpec(1.5, 1.2, 0.3, 5, 1, 3, 0, 2), operator.fares());
        assertEquals(new SurgeSpec(true, 1, 0.5, 2, 0), operator.surge());
        assertEquals(2.0, operator.marketShare());
    }

    @Test
    void operatorSetByOverride() throws ScenarioException {
        Scenario scenario = load(MINIMAL, "operators[0].fares.base=3", "market.assignment=lowest_wait").scenario();
        assertEquals(3.0, scenario.operators().get(0).fares().base());
        assertEquals("default", scenario.operators().get(0).name());
        assertEquals("lowest_wait", scenario.market().assignment());
    }

    @Test
    void depotGiven() throws ScenarioException {
        String extra = "depots:\n  - {name: south, x: 6, y: 0, chargers: 4, charger_kw: 150, capacity: 10}\n";
        DepotSpec expected = new DepotSpec("south", 6, 0, 4, 150, 10, 15, 10, 500, 0.12);
        assertEquals(List.of(expected), loadWith(extra).scenario().depots());
    }

    @Test
    void depotNeedsCoordinates() {
        ScenarioException e = failureWith("depots:\n  - {name: south}\n");
        assertEquals(7, e.line());
        assertEquals("depots[0].x", e.key());
        assertTrue(e.getMessage().contains("is missing"), e.getMessage());
        assertEquals(2, e.problems().size());
    }

    @Test
    void operatorsNeedOne() {
        ScenarioException e = failureWith("operators: []\n");
        assertEquals("operators", e.key());
        assertTrue(e.getMessage().contains("must list at least 1 element(s)"), e.getMessage());
    }

    @Test
    void operatorNamePattern() {
        ScenarioException e = failureWith("operators:\n  - name: robo taxi\n");
        assertEquals("operators[0].name", e.key());
        assertTrue(e.getMessage().contains("used in folder and file names"), e.getMessage());
    }

    @Test
    void assignmentChoice() {
        ScenarioException e = failureWith("market:\n  assignment: lowest_prize\n");
        assertEquals("market.assignment", e.key());
        assertTrue(e.getMessage().contains("Did you mean `lowest_price`?"), e.getMessage());
    }

    @Test
    void maxMultiplierAtLeastOne() {
        ScenarioException e = failureWith("operators:\n  - {name: a, surge: {max_multiplier: 0.5}}\n");
        assertEquals("operators[0].surge.max_multiplier", e.key());
        assertTrue(e.getMessage().contains("must be a number from 1 to 20"), e.getMessage());
    }

    @Test
    void outOfAreaGiven() throws ScenarioException {
        String extra = "demand:\n  out_of_area: {share: 0.05, mean_miles: 3, sd_miles: 2, max_miles: 8}\n";
        assertEquals(new OutOfAreaSpec(0.05, 3, 2, 8), loadWith(extra).scenario().demand().outOfArea());
    }

    @Test
    void outOfAreaShareAtMostOne() {
        ScenarioException e = failureWith("demand:\n  out_of_area: {share: 1.5}\n");
        assertEquals("demand.out_of_area.share", e.key());
    }
}
