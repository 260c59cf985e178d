package org.ridegrid.fleets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.ridegrid.metrics.VehicleStats;
import org.ridegrid.model.EmptyReason;
import org.ridegrid.model.RideGridModel;
import org.ridegrid.metrics.RunCollectors;
import org.ridegrid.model.VehicleState;

/** A trip that leaves the grid: the rider rides beyond the edge and the vehicle comes back empty. */
class OutOfAreaTest {
    private static final double EXACT = 1e-9;

    private static final String CITY = """
            name: outside
            days: 1
            city:
              width_cells: 6
              height_cells: 6
              zones:
                - {name: all, demand_weight: 1, attraction_weight: 1, speed_mph: 12}
              congestion:
                weekday: [1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1]
            demand:
              requests_per_day: 0
            fleets:
              - {name: cabs, kind: cybercab, vehicles: 1, placement: pads, initial_soc_spread: 0}
            charging:
              pads:
                placement: explicit
                locations: [{x: 0, y: 0}]
            operators:
              - name: only
                fares: {base: 0, per_mile: 2, per_minute: 0, minimum: 0, long_trip_miles: 3, long_trip_per_mile: 4}
            """;

    @Test
    void returnLegIsEmptyReturnTrip() throws Exception {
        RideGridModel model = new RideGridModel(Runs.load(CITY));
        model.setSyntheticDemand(false);
        // From (0, 0) to the edge cell (5, 0): 1.25 miles in the grid, then 2 miles beyond it.
        model.injectRequest(3600, 0, 5, 2.0);
        RunCollectors collectors = RunCollectors.attach(model, true);
        model.runToEnd();
        VehicleStats stats = collectors.vehicles();

        assertEquals(3.25, stats.occupiedMiles(0), EXACT);
        assertEquals(2.0, stats.miles(0, VehicleStats.mileColumn(EmptyReason.OUT_OF_AREA_RETURN)), EXACT,
                "2 miles back to the edge cell, which a cybercab fleet serves");
        assertEquals(1, stats.emptyReturnTrips(0));
        assertEquals(3.25 * 4, stats.revenue(0), EXACT, "long-trip rate above 3 miles");
        assertEquals(3.25 / 12 * 3600, stats.stateSeconds(0, VehicleState.OCCUPIED), 1e-6);
    }
}
