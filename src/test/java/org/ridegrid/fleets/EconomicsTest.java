package org.ridegrid.fleets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ridegrid.economics.FleetEconomics;

/** Profit per vehicle-day and payback, by hand and from a run. */
class EconomicsTest {
    private static final double EXACT = 1e-9;

    /** $2 a mile of revenue and $1 a mile of cost over 100 occupied miles a day: $100 profit a day. */
    private static FleetEconomics dollarPerMile(double capital) {
        int vehicles = 10;
        int days = 30;
        double miles = 100.0 * vehicles * days;
        return new FleetEconomics(2.0 * miles, 0.2 * miles, 0.05 * miles, 0.5 * miles, 0.25 * miles, 0, 0, 0,
                vehicles * days, capital);
    }

    @Test
    void thirtyThousandPaysBackIn300Days() {
        FleetEconomics money = dollarPerMile(30_000);
        assertEquals(100.0, money.profitPerVehicleDay(), EXACT);
        assertEquals(300.0, money.paybackDays(), EXACT);
    }

    @Test
    void hundredThousandPaysBackIn1000Days() {
        assertEquals(1000.0, dollarPerMile(100_000).paybackDays(), EXACT);
    }

    @Test
    void lossHasNoPayback() {
        FleetEconomics loss = new FleetEconomics(100, 50, 0, 80, 0, 0, 0, 0, 10, 30_000);
        assertTrue(loss.profitPerVehicleDay() < 0);
        assertTrue(Double.isNaN(loss.paybackDays()), "no payback when profit is not positive");
    }

    @Test
    @SuppressWarnings("unchecked")
    void summaryEconomicsAddUp(@org.junit.jupiter.api.io.TempDir java.nio.file.Path temp) throws Exception {
        var loaded = org.ridegrid.scenario.ScenarioLoader.load(
                java.nio.file.Path.of("src/test/resources/scenarios/mixed-tiny.yaml"), List.of(), null, 3);
        var result = org.ridegrid.output.ScenarioRun.run(loaded.scenario(), loaded.effectiveYaml(), temp, true);
        for (Map<String, Object> fleet : (List<Map<String, Object>>) result.summary().get("fleets")) {
            Map<String, Object> money = (Map<String, Object>) fleet.get("economics");
            double items = 0;
            for (Object value : ((Map<String, Object>) money.get("cost_by_item")).values()) {
                items += ((Number) value).doubleValue();
            }
            double revenue = ((Number) money.get("revenue")).doubleValue();
            double cost = ((Number) money.get("cost")).doubleValue();
            double profit = ((Number) money.get("profit")).doubleValue();
            assertEquals(cost, items, 1e-3, fleet.get("name") + ": cost is the sum of its items");
            assertEquals(revenue - cost, profit, 1e-3, fleet.get("name") + ": profit");
            assertTrue(revenue > 0, fleet.get("name") + " earned nothing");
            double perDay = ((Number) money.get("profit_per_vehicle_day")).doubleValue();
            int vehicles = ((Number) fleet.get("vehicles")).intValue();
            assertEquals(profit / (vehicles * 3), perDay, 1e-3);
            Object payback = money.get("payback_days");
            if (perDay > 0) {
                assertEquals(30_000 / perDay, ((Number) payback).doubleValue(), 0.01);
            }
        }
    }
}
