package org.ridegrid.fleets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ridegrid.city.GridCity;
import org.ridegrid.demand.Request;
import org.ridegrid.dispatch.Eligibility;
import org.ridegrid.metrics.HourlyStats;
import org.ridegrid.model.EmptyReason;
import org.ridegrid.model.SimulationListener;
import org.ridegrid.model.Vehicle;
import org.ridegrid.model.VehicleState;
import org.ridegrid.scenario.FleetKind;

/** Lent cars under the default owner rules, in a busy city where every car is in demand. */
class LentCarsTest {
    private static final String LENT_CITY = """
            name: lent-city
            seed: 3
            days: 5
            city: {width_cells: 24, height_cells: 24}
            demand:
              requests_per_day: 3000
              trip_length: {mean_miles: 2.5, sd_miles: 2, max_miles: 8}
              out_of_area: {share: 0.05, mean_miles: 4, sd_miles: 3, max_miles: 12}
            fleets:
              - {name: owners, kind: lent, vehicles: 60}
            charging:
              pads: {placement: uniform, count: 0}
            """;

    private static Runs.Run run;
    private static final List<String> violations = new ArrayList<>();
    private static long lentTrips;

    /** Checks at every drop-off by a lent car that it can still reach its owner in time at the slowest speeds. */
    private static final class DeadlineWatch implements SimulationListener {
        private final GridCity city;

        DeadlineWatch(GridCity city) {
            this.city = city;
        }

        @Override
        public void riderDroppedOff(Request request, Vehicle vehicle, double time) {
            if (vehicle.fleet().kind() != FleetKind.LENT) {
                return;
            }
            lentTrips++;
            int end = Eligibility.endCell(vehicle.fleet(), request);
            double back = city.worstTravelSeconds(end, vehicle.anchorCell());
            if (Eligibility.returnsEmpty(vehicle.fleet(), request)) {
                back += city.worstOutsideSeconds(request.outsideMiles()) + city.worstTravelSeconds(request.destination(), end);
            }
            double spare = vehicle.returnBy() - time - back;
            if (spare < -1e-6) {
                violations.add(vehicle.id() + " dropped off at " + time + " s with " + spare + " s to spare");
            }
        }
    }

    @BeforeAll
    static void runFiveDays() throws Exception {
        var scenario = Runs.load(LENT_CITY);
        run = Runs.run(scenario, new DeadlineWatch(new GridCity(scenario.city())));
    }

    @Test
    void noTripEndsTooLateToReturn() {
        assertTrue(lentTrips > 1000, "the test needs many lent trips, got " + lentTrips);
        assertEquals(0, violations.size(), "first violations: " + violations.subList(0, Math.min(5, violations.size())));
    }

    @Test
    void noCarComesBackLate() {
        assertEquals(0, run.collectors().owners().lateCount());
    }

    @Test
    void onDutyFallsAtCommutePeaks() {
        HourlyStats hourly = run.collectors().hourly();
        double peak = 0;
        double midday = 0;
        int days = 0;
        for (int day = 0; day < 5; day++) {
            days++;
            for (int hour : new int[] {7, 8, 17, 18}) {
                peak += onDuty(hourly, day * 24 + hour) / 4;
            }
            for (int hour : new int[] {11, 12, 13, 14}) {
                midday += onDuty(hourly, day * 24 + hour) / 4;
            }
        }
        assertTrue(peak / days < midday / days - 5,
                "on-duty lent cars at the peaks " + peak / days + " should be well below midday " + midday / days);
    }

    private static double onDuty(HourlyStats hourly, int hour) {
        return 60 - hourly.meanVehicles(0, hour, VehicleState.OFF_DUTY);
    }

    @Test
    void ownerReturnsAreEmptyReturnTrips() {
        var stats = run.collectors().vehicles();
        double ownerReturnMiles = 0;
        long emptyReturns = 0;
        double ownerMiles = 0;
        for (int v = 0; v < run.model().vehicleCount(); v++) {
            ownerReturnMiles += stats.miles(v, org.ridegrid.metrics.VehicleStats.mileColumn(EmptyReason.OWNER_RETURN));
            emptyReturns += stats.emptyReturnTrips(v);
            ownerMiles += stats.ownerMiles(v);
        }
        assertTrue(ownerReturnMiles > 0, "cars drive back to their owners");
        assertTrue(emptyReturns > 0);
        assertTrue(ownerMiles > 0, "owners commute with their cars");
    }

    @Test
    void zeroMarginOwnersStillLeave() throws Exception {
        Runs.Run noMargin = Runs.run(Runs.load(LENT_CITY, "fleets[0].lent.safety_margin_minutes=0", "days=3"));
        var stats = noMargin.collectors().vehicles();
        double horizonHours = noMargin.model().horizon() / 3600.0;
        for (int v = 0; v < noMargin.model().vehicleCount(); v++) {
            double offDuty = stats.stateSeconds(v, VehicleState.OFF_DUTY) / 3600.0;
            assertTrue(offDuty < 0.8 * horizonHours,
                    noMargin.model().vehicle(v).id() + " was off duty " + offDuty + " of " + horizonHours + " hours");
        }
        assertEquals(0, noMargin.collectors().owners().lateCount());
    }
}
