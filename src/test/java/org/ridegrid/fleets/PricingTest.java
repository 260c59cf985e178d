package org.ridegrid.fleets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ridegrid.economics.Fares;
import org.ridegrid.economics.Surge;
import org.ridegrid.scenario.FareSpec;
import org.ridegrid.scenario.SurgeSpec;

/** Fares, surge multipliers and what surge does to an undersupplied city. */
class PricingTest {
    private static final double EXACT = 1e-9;
    /** Waymo-like: $5.6 a mile, $11.8 a mile under 1.5 miles, no time charge, $3 minimum. */
    private static final FareSpec WAYMO = new FareSpec(0, 5.6, 0, 3, 1.5, 11.8, 0, 0);

    @Test
    void shortTripRateApplies() {
        assertEquals(11.8, Fares.quote(WAYMO, 1.0, 5), EXACT);
        assertEquals(5.6 * 2, Fares.quote(WAYMO, 2.0, 5), EXACT);
    }

    @Test
    void minimumFareApplies() {
        assertEquals(3.0, Fares.quote(WAYMO, 0.1, 1), EXACT);
    }

    @Test
    void longTripRateApplies() {
        FareSpec fares = new FareSpec(2, 2, 0.3, 7, 0, 0, 20, 5);
        assertEquals(2 + 5 * 40 + 0.3 * 60, Fares.quote(fares, 40, 60), EXACT);
        assertEquals(2 + 2 * 10 + 0.3 * 20, Fares.quote(fares, 10, 20), EXACT);
    }

    @Test
    void surgeRisesWithImbalance() {
        SurgeSpec surge = new SurgeSpec(true, 1.0, 0.5, 3.0, 1.0);
        assertEquals(1.0, Surge.multiplier(surge, 2, 1), EXACT, "ratio 1 is not above the threshold");
        assertEquals(1.5, Surge.multiplier(surge, 4, 1), EXACT, "ratio 2");
        assertEquals(3.0, Surge.multiplier(surge, 100, 0), EXACT, "capped");
        assertEquals(1.0, Surge.multiplier(new SurgeSpec(false, 1.0, 0.5, 3.0, 1.0), 100, 0), EXACT, "disabled");
        assertEquals(0.5, Surge.acceptance(surge, 2.0), EXACT);
    }

    private static final String SHORT_SUPPLY = """
            name: surge-city
            seed: 5
            days: 2
            city: {width_cells: 16, height_cells: 16}
            demand:
              requests_per_day: 4000
              trip_length: {mean_miles: 1.5, sd_miles: 1, max_miles: 4}
            fleets:
              - {name: cabs, kind: cybercab, vehicles: 15, placement: pads}
            charging:
              pads: {placement: uniform, count: 8, places: 4}
            """;

    @Test
    void surgePricesOutAndCutsAbandonment() throws Exception {
        Runs.Run flat = Runs.run(Runs.load(SHORT_SUPPLY));
        Runs.Run surged = Runs.run(Runs.load(SHORT_SUPPLY, "operators[0].surge.enabled=true",
                "operators[0].surge.elasticity=2"));

        assertEquals(0, flat.collectors().requests().pricedOut());
        assertTrue(surged.collectors().requests().pricedOut() > 100,
                "priced out " + surged.collectors().requests().pricedOut());
        assertTrue(surged.collectors().requests().abandoned() < flat.collectors().requests().abandoned(),
                "abandoned with surge " + surged.collectors().requests().abandoned() + ", without "
                        + flat.collectors().requests().abandoned());
    }
}
