package org.ridegrid.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ridegrid.TestScenarios;
import org.ridegrid.demand.RejectReason;
import org.ridegrid.metrics.RunCollectors;
import org.ridegrid.metrics.VehicleStats;
import org.ridegrid.scenario.ChargingSpec;
import org.ridegrid.scenario.DispatchSpec;
import org.ridegrid.scenario.FleetSpec;
import org.ridegrid.scenario.OutputSpec;
import org.ridegrid.scenario.PadLocation;
import org.ridegrid.scenario.Placement;
import org.ridegrid.scenario.RepositioningSpec;
import org.ridegrid.scenario.Scenario;

/**
 * One vehicle and one rider in a 6 x 6 city where every cell of 0.25 miles takes exactly 75 s
 * (12 mph, no congestion): waits, miles, hours and energy computed by hand.
 */
class HandComputedTest {
    private static final double EXACT = 1e-9;
    private static final double HOUR = 3600.0;

    private static Scenario oneVehicle(double socShare, int padPlaces, int vehicles) {
        FleetSpec fleet = TestScenarios.cybercabFleet("cab", vehicles, socShare, 0.0, Placement.PADS);
        ChargingSpec pads = new ChargingSpec(Placement.EXPLICIT, 0, padPlaces, 11,
                List.of(new PadLocation(0, 0, padPlaces, 11)), 0.05, 0.5, 0.2, 0.9, 0.6, 20, 5, 6, 0.05);
        return TestScenarios.scenario("hand", 1, 1, TestScenarios.uniformCity(6, 6),
                TestScenarios.demand(0), List.of(fleet), pads, new DispatchSpec("nearest", 10),
                new RepositioningSpec("none", 15, 30, 0.2), new OutputSpec(false));
    }

    private static RunCollectors run(RideGridModel model) {
        model.setSyntheticDemand(false);
        RunCollectors collectors = RunCollectors.attach(model, true);
        model.runToEnd();
        return collectors;
    }

    @Test
    void oneRiderServed() {
        RideGridModel model = new RideGridModel(oneVehicle(0.8, 1, 1));
        // Vehicle waits at the pad in cell (0, 0); the rider asks at 01:00 to go from (2, 0) to (2, 3).
        model.injectRequest(HOUR, 2, 2 + 3 * 6);
        RunCollectors c = run(model);

        assertEquals(1, c.requests().served());
        assertEquals(150.0, c.requests().waits().mean(), EXACT, "2 cells to the rider at 75 s each");
        assertEquals(225.0 / 60.0, c.requests().rideSeconds() / 60.0, EXACT, "3 cells with the rider");
        VehicleStats v = c.vehicles();
        assertEquals(150.0, v.stateSeconds(0, VehicleState.TO_PICKUP), EXACT);
        assertEquals(225.0, v.stateSeconds(0, VehicleState.OCCUPIED), EXACT);
        assertEquals(24 * HOUR - 375.0, v.stateSeconds(0, VehicleState.IDLE), EXACT);
        assertEquals(0.75, v.occupiedMiles(0), EXACT);
        assertEquals(0.5, v.miles(0, VehicleStats.mileColumn(EmptyReason.PICKUP)), EXACT);
        assertEquals(1.25 * 0.15, v.kwhUsed(0), EXACT);
        assertEquals(0.8 * 35 - 1.25 * 0.15, model.vehicle(0).battery().chargeKwh(), EXACT);
    }

    @Test
    void unreachableRiderAbandonsAtMaxWait() {
        RideGridModel model = new RideGridModel(oneVehicle(0.8, 1, 1));
        // 10 cells away = 750 s, beyond the 10-minute maximum pickup time.
        model.injectRequest(HOUR, 5 + 5 * 6, 5 + 4 * 6);
        RunCollectors c = run(model);

        assertEquals(1, c.requests().abandoned());
        assertEquals(0, c.requests().served());
        assertEquals(1, c.hourly().abandoned(1), "abandoned at 01:10, in hour 1");
        assertEquals(75.0 / HOUR, c.hourly().vehicleDeficit(1), EXACT, "one abandoned 1-cell trip of 75 s");
    }

    @Test
    void sameCellRequestRejected() {
        RideGridModel model = new RideGridModel(oneVehicle(0.8, 1, 1));
        model.injectRequest(HOUR, 7, 7);
        RunCollectors c = run(model);

        assertEquals(1, c.requests().rejected(RejectReason.SAME_CELL));
        assertEquals(0, c.requests().open());
    }

    @Test
    void lowVehicleChargesToTarget() {
        RideGridModel model = new RideGridModel(oneVehicle(0.1, 1, 1));
        RunCollectors c = run(model);

        double needed = (0.9 - 0.1) * 35;
        assertEquals(needed, c.vehicles().kwhCharged(0), EXACT);
        assertEquals(needed / 11 * HOUR, c.vehicles().stateSeconds(0, VehicleState.CHARGING), 1e-6);
        assertEquals(1, c.pads().totalSessions());
        assertEquals(0.9 * 35, model.vehicle(0).battery().chargeKwh(), EXACT);
    }

    @Test
    void secondVehicleQueuesForOnePlace() {
        RideGridModel model = new RideGridModel(oneVehicle(0.1, 1, 2));
        RunCollectors c = run(model);

        double session = (0.9 - 0.1) * 35 / 11 * HOUR;
        assertEquals(session, c.vehicles().stateSeconds(0, VehicleState.CHARGING), 1e-6);
        assertEquals(session, c.vehicles().stateSeconds(1, VehicleState.QUEUED_FOR_CHARGER), 1e-6,
                "the second vehicle waits for the whole first session");
        assertEquals(session, c.vehicles().stateSeconds(1, VehicleState.CHARGING), 1e-6);
        assertEquals(2, c.pads().totalSessions());
    }
}
