package org.ridegrid.fleets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ridegrid.demand.Request;
import org.ridegrid.metrics.VehicleStats;
import org.ridegrid.model.EmptyReason;
import org.ridegrid.model.SimulationListener;
import org.ridegrid.model.Vehicle;
import org.ridegrid.model.VehicleState;

/** All three kinds of fleet and two operators serving one city for a week. */
class MixedFleetsTest {
    private static String mixed() throws Exception {
        return Files.readString(Path.of("src/test/resources/scenarios/mixed-tiny.yaml"));
    }

    @Test
    void weekKeepsAccountingWithAllKinds() throws Exception {
        Runs.Run run = Runs.run(Runs.load(mixed(), "days=7"));
        assertEquals(7 * 24 + 1, run.collectors().accounting().checks());
        for (var fleet : run.model().fleets()) {
            long riders = 0;
            for (Vehicle vehicle : fleet.vehicles()) {
                riders += run.collectors().vehicles().ridersServed(vehicle.index());
            }
            assertTrue(riders > 100, fleet.name() + " served " + riders);
        }
    }

    @Test
    void depotFleetServesOnlyItsArea() throws Exception {
        List<String> outside = new java.util.ArrayList<>();
        Runs.Run run = Runs.run(Runs.load(mixed(), "days=3"), new SimulationListener() {
            @Override
            public void riderPickedUp(Request request, Vehicle vehicle, double time) {
                if (!vehicle.fleet().serves(request.origin())) {
                    outside.add(vehicle.id() + " picked up request " + request.id());
                }
            }
        });
        assertEquals(List.of(), outside);
        double returnMiles = 0;
        for (Vehicle vehicle : run.model().fleets().get(1).vehicles()) {
            returnMiles += run.collectors().vehicles().miles(vehicle.index(),
                    VehicleStats.mileColumn(EmptyReason.OUT_OF_AREA_RETURN));
        }
        assertTrue(returnMiles > 0, "depot vehicles drive back into their service area");
    }

    @Test
    void lowestPriceGoesToCheaperOperator() throws Exception {
        Runs.Run run = Runs.run(Runs.load(mixed(), "days=1", "market.assignment=lowest_price",
                "operators[1].fares.per_mile=9", "operators[0].surge.enabled=false"));
        long toExpensive = 0;
        for (Vehicle vehicle : run.model().fleets().get(1).vehicles()) {
            toExpensive += run.collectors().vehicles().ridersServed(vehicle.index());
        }
        assertEquals(0, toExpensive, "nobody chooses the operator charging $9 a mile");
    }

    @Test
    void sharesSplitRequests() throws Exception {
        long[] byOperator = new long[2];
        Runs.run(Runs.load(mixed(), "days=3", "operators[0].surge.enabled=false"), new SimulationListener() {
            @Override
            public void requestAssigned(Request request, Vehicle vehicle, double time) {
                byOperator[request.operatorIndex()]++;
            }
        });
        double share = (double) byOperator[0] / (byOperator[0] + byOperator[1]);
        assertEquals(2.0 / 3.0, share, 0.05, "market shares 2 : 1");
    }

    @Test
    void depotVehiclesParkOffDutyAtNight() throws Exception {
        Runs.Run run = Runs.run(Runs.load(mixed(), "days=2"));
        var hourly = run.collectors().hourly();
        assertTrue(hourly.meanVehicles(1, 27, VehicleState.OFF_DUTY) > hourly.meanVehicles(1, 32, VehicleState.OFF_DUTY),
                "more depot vehicles parked at 03:00 than at 08:00");
    }
}
