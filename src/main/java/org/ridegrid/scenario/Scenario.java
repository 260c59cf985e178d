package org.ridegrid.scenario;

import java.time.DayOfWeek;
import java.util.List;

/**
 * A validated scenario: every default filled in and every cross-field rule checked.
 * Built only by {@link ScenarioLoader}; the model treats it as read-only.
 */
public record Scenario(
        String name,
        String description,
        long seed,
        int days,
        DayOfWeek startWeekday,
        CitySpec city,
        DemandSpec demand,
        List<FleetSpec> fleets,
        ChargingSpec charging,
        DispatchSpec dispatch,
        RepositioningSpec repositioning,
        OutputSpec output,
        List<OperatorSpec> operators,
        MarketSpec market,
        List<DepotSpec> depots) {

    public Scenario {
        fleets = List.copyOf(fleets);
        operators = List.copyOf(operators);
        depots = List.copyOf(depots);
    }

    /** Returns the simulated horizon in seconds. */
    public double horizonSeconds() {
        return days * 86_400.0;
    }
}
