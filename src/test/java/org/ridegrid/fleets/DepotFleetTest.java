package org.ridegrid.fleets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ridegrid.metrics.VehicleStats;
import org.ridegrid.model.EmptyReason;
import org.ridegrid.model.VehicleState;

/** Depot fleets: pull-out and pull-in by the duty profile, cleaning, and charger and capacity limits. */
class DepotFleetTest {
    private static final double EXACT = 1e-9;

    /**
     * A 5 x 5 city at 12 mph everywhere (75 s per cell) whose only demand cell is the centre (2, 2), so
     * a pull-out always goes there. The depot is at (0, 0), 4 cells away: 1 mile and 300 s.
     */
    private static final String ONE_VEHICLE = """
            name: depot-hand
            days: 1
            city:
              width_cells: 5
              height_cells: 5
              zones:
                - {name: centre, radius_miles: 0.1, demand_weight: 1, attraction_weight: 1, speed_mph: 12}
                - {name: rest, demand_weight: 0, attraction_weight: 1, speed_mph: 12}
              congestion:
                weekday: [1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1]
            demand:
              requests_per_day: 0
            depots:
              - {name: home, x: 0, y: 0, chargers: 1, capacity: 1, cleaning_minutes: 15}
            fleets:
              - name: waymo
                kind: depot
                vehicles: 1
                initial_soc_share: 0.95
                initial_soc_spread: 0
                depot:
                  name: home
                  service_radius_miles: 10
                  duty:
                    weekday: [0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0]
            charging:
              pads: {placement: uniform, count: 0}
            """;

    @Test
    void pullOutAndInMatchHandDistances() throws Exception {
        Runs.Run run = Runs.run(Runs.load(ONE_VEHICLE));
        VehicleStats stats = run.collectors().vehicles();

        assertEquals(2.0, stats.miles(0, VehicleStats.mileColumn(EmptyReason.DEPOT)), EXACT, "1 mile out, 1 mile back");
        assertEquals(2, stats.emptyReturnTrips(0), "pull-out and pull-in are empty return trips");
        assertEquals(0.0, stats.occupiedMiles(0), EXACT);
        assertEquals(300.0, stats.stateSeconds(0, VehicleState.FROM_DEPOT), EXACT);
        assertEquals(300.0, stats.stateSeconds(0, VehicleState.TO_DEPOT), EXACT);
        assertEquals(15 * 60.0, stats.stateSeconds(0, VehicleState.AT_DEPOT), EXACT, "cleaning only: charge is above target");
        assertEquals(3600.0 - 300.0, stats.stateSeconds(0, VehicleState.IDLE), EXACT, "on duty 08:05 to 09:00");
        assertEquals(1, run.collectors().depots().visits(0));
    }

    @Test
    void chargersAndCapacityLimitQueue() throws Exception {
        // Five vehicles start nearly empty, are called out at 01:00, come straight back to charge and
        // share one charger: four of them must wait.
        Runs.Run run = Runs.run(Runs.load(ONE_VEHICLE,
                "fleets[0].vehicles=5", "depots[0].capacity=5", "fleets[0].initial_soc_share=0.2",
                "fleets[0].depot.duty.weekday=[0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1]"));
        var depot = run.model().depots().get(0);

        assertEquals(1, depot.maxCharging(), "one charger");
        assertTrue(depot.maxPresent() <= 5, "capacity 5, held " + depot.maxPresent());
        assertEquals(4, run.collectors().depots().chargerWaits(0));
        assertTrue(run.collectors().depots().chargerWaitSeconds(0) > 0);
    }

    @Test
    void onDutyFollowsDutyShare() throws Exception {
        Runs.Run run = Runs.run(Runs.load(ONE_VEHICLE, "fleets[0].vehicles=4", "depots[0].capacity=4",
                "fleets[0].depot.duty.weekday=[0,0,0,0,0,0,0,0,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5]"));
        var hourly = run.collectors().hourly();
        double offDutyAtNoon = hourly.meanVehicles(0, 12, VehicleState.OFF_DUTY);
        assertEquals(2.0, offDutyAtNoon, EXACT, "half of 4 vehicles on duty at noon");
        assertEquals(4.0, hourly.meanVehicles(0, 3, VehicleState.OFF_DUTY), EXACT, "all parked at 03:00");
    }
}
