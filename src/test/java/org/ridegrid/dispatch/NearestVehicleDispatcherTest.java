package org.ridegrid.dispatch;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.ridegrid.TestScenarios;
import org.ridegrid.city.CellIndex;
import org.ridegrid.city.GridCity;
import org.ridegrid.city.SimCalendar;
import org.ridegrid.demand.Request;
import org.ridegrid.energy.ChargingPad;
import org.ridegrid.energy.PadNetwork;
import org.ridegrid.model.Fleet;
import org.ridegrid.model.TestVehicles;
import org.ridegrid.model.Vehicle;
import org.ridegrid.scenario.CitySpec;
import org.ridegrid.scenario.FleetSpec;

import ec.util.MersenneTwisterFast;

class NearestVehicleDispatcherTest {
    private static final long SEED = 8_675_309L;
    /** Cybercabs: 35 kWh batteries using 0.15 kWh a mile. The scenario's reserve is 5 %, so 1.75 kWh. */
    private static final FleetSpec CABS = TestScenarios.cybercabs(0);
    private static final double FULL_KWH = 35.0;
    /** Monday 00:00, where the test cities have no congestion. */
    private static final double MIDNIGHT = 0.0;
    /** 8 cells at the uniform city's 75 s per cell. */
    private static final double MAX_PICKUP_MINUTES = 10.0;
    /** The reserve share of the default charging policy. */
    private static final double RESERVE_SHARE = TestScenarios.explicitPads(List.of()).reserveShare();

    /** A city with its indexes and a dispatcher over them. Vehicles are numbered in the order they are added. */
    private static final class Setup {
        final GridCity city;
        final CellIndex<Vehicle> idle;
        final CellIndex<Request> waiting;
        final PadNetwork network;
        final NearestVehicleDispatcher dispatcher;
        final double maxPickupMinutes;
        final Fleet fleet;
        final List<Vehicle> vehicles = new ArrayList<>();

        Setup(CitySpec citySpec, List<int[]> padCells, double maxPickupMinutes) {
            city = new GridCity(citySpec);
            fleet = new Fleet(0, CABS, null, null, city);
            this.maxPickupMinutes = maxPickupMinutes;
            idle = new CellIndex<>(city.cellCount());
            waiting = new CellIndex<>(city.cellCount());
            List<ChargingPad> pads = new ArrayList<>();
            for (int[] xy : padCells) {
                pads.add(new ChargingPad(pads.size(), city.cell(xy[0], xy[1]), 2, 11));
            }
            PadNetwork network = new PadNetwork(city, pads, 6);
            this.network = network;
            Eligibility eligibility = new Eligibility(city, network, RESERVE_SHARE);
            dispatcher = new NearestVehicleDispatcher(city, new SimCalendar(DayOfWeek.MONDAY), idle, waiting, eligibility,
                    maxPickupMinutes);
        }

        /** Returns a 12 x 12 uniform city (75 s per cell) with one pad at (0, 0) and a 10-minute pickup limit. */
        static Setup uniform() {
            return new Setup(TestScenarios.uniformCity(12, 12), List.<int[]>of(new int[] {0, 0}), MAX_PICKUP_MINUTES);
        }

        /** Adds an idle vehicle, the next by index, at (x, y). */
        Vehicle idleAt(int x, int y, double chargeKwh) {
            Vehicle vehicle = TestVehicles.create(vehicles.size(), fleet, chargeKwh, city.cell(x, y));
            vehicles.add(vehicle);
            idle.add(vehicle, vehicle.cell());
            return vehicle;
        }

        /** Creates a vehicle that is in no index, the next by index, at (x, y). */
        Vehicle freeAt(int x, int y, double chargeKwh) {
            Vehicle vehicle = TestVehicles.create(vehicles.size(), fleet, chargeKwh, city.cell(x, y));
            vehicles.add(vehicle);
            return vehicle;
        }

        Request waitingAt(long id, int x, int y, int toX, int toY) {
            Request request = new Request(id, 0.0, city.cell(x, y), city.cell(toX, toY));
            waiting.add(request, request.origin());
            return request;
        }

        Request request(int x, int y, int toX, int toY) {
            return new Request(100, MIDNIGHT, city.cell(x, y), city.cell(toX, toY));
        }
    }

    // ---- vehicleFor ----

    @Test
    void nearestVehicleWins() {
        Setup setup = Setup.uniform();
        setup.idleAt(5, 2, FULL_KWH);
        Vehicle near = setup.idleAt(6, 5, FULL_KWH);
        setup.idleAt(9, 9, FULL_KWH);

        assertSame(near, setup.dispatcher.vehicleFor(setup.request(5, 5, 8, 5), MIDNIGHT));
    }

    @Test
    void vehicleInOriginCellWins() {
        Setup setup = Setup.uniform();
        setup.idleAt(6, 5, FULL_KWH);
        Vehicle inOrigin = setup.idleAt(5, 5, FULL_KWH);

        assertSame(inOrigin, setup.dispatcher.vehicleFor(setup.request(5, 5, 8, 5), MIDNIGHT));
    }

    @Test
    void tieAcrossCellsLowerIndex() {
        Setup setup = Setup.uniform();
        // All three are 4 cells from (5, 5). Index 2 comes first in the ring walk, which starts at the smallest x.
        Vehicle first = setup.idleAt(9, 5, FULL_KWH);
        Vehicle second = setup.idleAt(5, 9, FULL_KWH);
        setup.idleAt(1, 5, FULL_KWH);

        assertSame(first, setup.dispatcher.vehicleFor(setup.request(5, 5, 8, 5), MIDNIGHT));

        setup.idle.remove(first);

        assertSame(second, setup.dispatcher.vehicleFor(setup.request(5, 5, 8, 5), MIDNIGHT));
    }

    @Test
    void tieInOneCellLowerIndex() {
        Setup setup = Setup.uniform();
        Vehicle first = setup.idleAt(3, 5, FULL_KWH);
        // Added later, so it heads the cell's list.
        setup.idleAt(3, 5, FULL_KWH);

        assertSame(first, setup.dispatcher.vehicleFor(setup.request(5, 5, 8, 5), MIDNIGHT));
    }

    @Test
    void beyondMaxPickupNotChosen() {
        Setup setup = Setup.uniform();
        // 9 cells = 675 s, over the 600 s limit.
        setup.idleAt(5 - 4, 5 + 5, FULL_KWH);
        setup.idleAt(5 + 3, 5 + 6, FULL_KWH);

        assertNull(setup.dispatcher.vehicleFor(setup.request(5, 5, 8, 5), MIDNIGHT));
    }

    @Test
    void exactlyMaxPickupChosen() {
        Setup setup = Setup.uniform();
        // 8 cells = 600 s, exactly the limit.
        Vehicle atLimit = setup.idleAt(5 - 4, 5 + 4, FULL_KWH);

        assertSame(atLimit, setup.dispatcher.vehicleFor(setup.request(5, 5, 8, 5), MIDNIGHT));
    }

    @Test
    void noIdleVehicles() {
        Setup setup = Setup.uniform();

        assertNull(setup.dispatcher.vehicleFor(setup.request(5, 5, 8, 5), MIDNIGHT));
    }

    /*
     * For the energy cases the request goes from (5, 5) to (8, 5), 0.75 miles, and the pad at (0, 0)
     * is 13 cells, 3.25 miles, from the drop-off. A vehicle at (5, 6) needs
     * 0.15 * (0.25 + 0.75 + 3.25) + 1.75 = 2.3875 kWh. The fallback at (5, 8) is fully charged.
     */

    @Test
    void enoughEnergyAccepted() {
        Setup setup = Setup.uniform();
        Vehicle near = setup.idleAt(5, 6, 2.40);
        setup.idleAt(5, 8, FULL_KWH);

        assertSame(near, setup.dispatcher.vehicleFor(setup.request(5, 5, 8, 5), MIDNIGHT));
    }

    @Test
    void noEnergyToReachPadSkipped() {
        Setup setup = Setup.uniform();
        // 2.2 kWh covers pickup, trip and reserve (1.9 kWh) but not the 3.25 miles to the pad.
        setup.idleAt(5, 6, 2.2);
        Vehicle fallback = setup.idleAt(5, 8, FULL_KWH);

        assertSame(fallback, setup.dispatcher.vehicleFor(setup.request(5, 5, 8, 5), MIDNIGHT));
    }

    @Test
    void noReserveSkipped() {
        Setup setup = Setup.uniform();
        // 0.7 kWh covers every mile (0.6375 kWh) but not the 1.75 kWh reserve.
        setup.idleAt(5, 6, 0.7);
        Vehicle fallback = setup.idleAt(5, 8, FULL_KWH);

        assertSame(fallback, setup.dispatcher.vehicleFor(setup.request(5, 5, 8, 5), MIDNIGHT));
    }

    // ---- requestFor ----

    @Test
    void nearestRequestWins() {
        Setup setup = Setup.uniform();
        setup.waitingAt(4, 5, 7, 6, 7);
        Request near = setup.waitingAt(9, 6, 5, 6, 7);
        setup.waitingAt(1, 0, 11, 3, 11);
        Vehicle vehicle = setup.freeAt(5, 5, FULL_KWH);

        assertSame(near, setup.dispatcher.requestFor(vehicle, MIDNIGHT));
    }

    @Test
    void requestTieAcrossCellsEarlier() {
        Setup setup = Setup.uniform();
        // Both are 2 cells from (5, 5). Request 8 comes first in the ring walk, which starts at the smallest x.
        setup.waitingAt(8, 3, 5, 3, 8);
        Request earlier = setup.waitingAt(2, 7, 5, 7, 8);
        Vehicle vehicle = setup.freeAt(5, 5, FULL_KWH);

        assertSame(earlier, setup.dispatcher.requestFor(vehicle, MIDNIGHT));
    }

    @Test
    void requestTieInOneCellEarlier() {
        Setup setup = Setup.uniform();
        Request earlier = setup.waitingAt(2, 6, 6, 9, 9);
        // Added later, so it heads the cell's list.
        setup.waitingAt(8, 6, 6, 9, 9);
        Vehicle vehicle = setup.freeAt(5, 5, FULL_KWH);

        assertSame(earlier, setup.dispatcher.requestFor(vehicle, MIDNIGHT));
    }

    @Test
    void requestBeyondMaxPickupNotChosen() {
        Setup setup = Setup.uniform();
        setup.waitingAt(1, 5, 11, 5, 10);
        Vehicle vehicle = setup.freeAt(5, 2, FULL_KWH);

        assertNull(setup.dispatcher.requestFor(vehicle, MIDNIGHT));
    }

    @Test
    void requestBeyondEnergySkipped() {
        Setup setup = Setup.uniform();
        // From (5, 5): request 1 is near but runs 6 miles to (11, 11), 22 cells from the pad;
        // request 2 is farther and short. 3 kWh covers only request 2, which needs 0.15 * 3.25 + 1.75 = 2.2375 kWh.
        setup.waitingAt(1, 5, 6, 11, 11);
        Request shortTrip = setup.waitingAt(2, 5, 8, 4, 8);
        Vehicle vehicle = setup.freeAt(5, 5, 3.0);

        assertSame(shortTrip, setup.dispatcher.requestFor(vehicle, MIDNIGHT));
    }

    @Test
    void noWaitingRequests() {
        Setup setup = Setup.uniform();

        assertNull(setup.dispatcher.requestFor(setup.freeAt(5, 5, FULL_KWH), MIDNIGHT));
    }

    // ---- against a scan of everything ----

    @Test
    void vehicleForMatchesBruteForce() {
        MersenneTwisterFast random = new MersenneTwisterFast(SEED);
        int found = 0;
        int rounds = 1000;
        for (int round = 0; round < rounds; round++) {
            Setup setup = randomSetup(random, round);
            int count = random.nextInt(40);
            for (int i = 0; i < count; i++) {
                setup.idleAt(random.nextInt(setup.city.width()), random.nextInt(setup.city.height()),
                        random.nextDouble() * FULL_KWH);
            }
            Request request = new Request(0, 0.0, random.nextInt(setup.city.cellCount()),
                    random.nextInt(setup.city.cellCount()));
            double now = random.nextDouble() * 7 * SimCalendar.SECONDS_PER_DAY;

            Vehicle expected = bruteForceVehicle(setup, request, now);
            Vehicle actual = setup.dispatcher.vehicleFor(request, now);

            assertSame(expected, actual, "round " + round + ": expected " + expected + ", got " + actual);
            if (expected != null) {
                found++;
            }
        }
        assertTrue(found > rounds / 4, "rounds with a vehicle: " + found);
        assertTrue(found < rounds, "rounds with a vehicle: " + found);
    }

    @Test
    void requestForMatchesBruteForce() {
        MersenneTwisterFast random = new MersenneTwisterFast(SEED + 1);
        int found = 0;
        int rounds = 1000;
        for (int round = 0; round < rounds; round++) {
            Setup setup = randomSetup(random, round);
            int count = random.nextInt(40);
            List<Long> ids = new ArrayList<>();
            for (long id = 0; id < count; id++) {
                ids.add(id);
            }
            Collections.shuffle(ids, new Random(random.nextLong()));
            for (long id : ids) {
                Request request = new Request(id, 0.0, random.nextInt(setup.city.cellCount()),
                        random.nextInt(setup.city.cellCount()));
                setup.waiting.add(request, request.origin());
            }
            Vehicle vehicle = setup.freeAt(random.nextInt(setup.city.width()), random.nextInt(setup.city.height()),
                    random.nextDouble() * FULL_KWH);
            double now = random.nextDouble() * 7 * SimCalendar.SECONDS_PER_DAY;

            Request expected = bruteForceRequest(setup, vehicle, now);
            Request actual = setup.dispatcher.requestFor(vehicle, now);

            assertSame(expected, actual, "round " + round + ": expected " + expected + ", got " + actual);
            if (expected != null) {
                found++;
            }
        }
        assertTrue(found > rounds / 4, "rounds with a request: " + found);
        assertTrue(found < rounds, "rounds with a request: " + found);
    }

    /** Alternates uniform and zoned cities of random size, with 0 to 3 random pads and a random pickup limit. */
    private static Setup randomSetup(MersenneTwisterFast random, int round) {
        int width = 2 + random.nextInt(20);
        int height = 2 + random.nextInt(20);
        CitySpec spec = round % 2 == 0 ? TestScenarios.uniformCity(width, height)
                : TestScenarios.zonedCity(width, height);
        List<int[]> pads = new ArrayList<>();
        int padCount = random.nextInt(4);
        for (int i = 0; i < padCount; i++) {
            pads.add(new int[] {random.nextInt(width), random.nextInt(height)});
        }
        return new Setup(spec, pads, 1.0 + random.nextDouble() * 14.0);
    }

    /** Returns the idle vehicle with the least pickup time within the limit and with the energy, the lower index on a tie. */
    private static Vehicle bruteForceVehicle(Setup setup, Request request, double now) {
        SimCalendar calendar = new SimCalendar(DayOfWeek.MONDAY);
        int hour = calendar.hourOfDay(now);
        boolean weekend = calendar.isWeekend(now);
        double tripMiles = setup.city.miles(request.origin(), request.destination());
        double maxSeconds = maxPickupSeconds(setup);
        Vehicle best = null;
        double bestSeconds = Double.POSITIVE_INFINITY;
        for (Vehicle vehicle : setup.vehicles) {
            double seconds = setup.city.travelSeconds(vehicle.cell(), request.origin(), hour, weekend);
            boolean ok = seconds <= maxSeconds && hasEnergy(setup, vehicle,
                    setup.city.miles(vehicle.cell(), request.origin()), tripMiles, request.destination());
            if (ok && (seconds < bestSeconds || (seconds == bestSeconds && vehicle.index() < best.index()))) {
                best = vehicle;
                bestSeconds = seconds;
            }
        }
        return best;
    }

    /** Returns the waiting request with the least pickup time within the limit and with the energy, the lower id on a tie. */
    private static Request bruteForceRequest(Setup setup, Vehicle vehicle, double now) {
        SimCalendar calendar = new SimCalendar(DayOfWeek.MONDAY);
        int hour = calendar.hourOfDay(now);
        boolean weekend = calendar.isWeekend(now);
        double maxSeconds = maxPickupSeconds(setup);
        Request best = null;
        double bestSeconds = Double.POSITIVE_INFINITY;
        for (int cell = 0; cell < setup.city.cellCount(); cell++) {
            for (Request request = setup.waiting.first(cell); request != null; request = setup.waiting.next(request)) {
                double seconds = setup.city.travelSeconds(vehicle.cell(), request.origin(), hour, weekend);
                boolean ok = seconds <= maxSeconds && hasEnergy(setup, vehicle,
                        setup.city.miles(vehicle.cell(), request.origin()),
                        setup.city.miles(request.origin(), request.destination()), request.destination());
                if (ok && (seconds < bestSeconds || (seconds == bestSeconds && request.id() < best.id()))) {
                    best = request;
                    bestSeconds = seconds;
                }
            }
        }
        return best;
    }

    private static double maxPickupSeconds(Setup setup) {
        return setup.maxPickupMinutes * 60.0;
    }

    /** The energy rule written out on its own, as the brute-force scans' oracle: pickup, trip, nearest pad and reserve. */
    private static boolean hasEnergy(Setup setup, Vehicle vehicle, double pickupMiles, double tripMiles, int destination) {
        double padMiles = setup.network.size() == 0 ? 0.0 : setup.network.nearestPadMiles(destination);
        double needed = vehicle.fleet().spec().consumptionKwhPerMile() * (pickupMiles + tripMiles + padMiles)
                + RESERVE_SHARE * vehicle.battery().capacityKwh();
        return needed <= vehicle.battery().chargeKwh();
    }
}
