package org.ridegrid.demand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.ridegrid.TestScenarios;
import org.ridegrid.city.GridCity;
import org.ridegrid.scenario.TripLengthSpec;

import ec.util.MersenneTwisterFast;

class TripSamplerTest {
    private static final long SEED = 5_551_212L;
    private static final TripLengthSpec LENGTH = new TripLengthSpec("lognormal", 1.5, 1.0, 4.0);
    /** Allowed gap between a drawn share and its expectation, in binomial standard deviations. */
    private static final double SIGMAS = 4.0;

    @Test
    void destinationsInGrid() {
        GridCity city = new GridCity(TestScenarios.zonedCity(12, 12));
        TripSampler sampler = new TripSampler(city, LENGTH, new MersenneTwisterFast(SEED));

        for (int i = 0; i < 50_000; i++) {
            int origin = sampler.drawOrigin();
            int destination = sampler.drawDestination(origin);
            assertTrue(origin >= 0, "origin " + origin);
            assertTrue(origin < city.cellCount(), "origin " + origin);
            assertTrue(destination >= 0, "destination " + destination);
            assertTrue(destination < city.cellCount(), "destination " + destination);
        }
    }

    @Test
    void destinationsInSmallGrid() {
        // 4 x 4 cells of 0.25 miles: at most 1.5 miles across, so many drawn lengths are cut.
        GridCity city = new GridCity(TestScenarios.uniformCity(4, 4));
        TripSampler sampler = new TripSampler(city, LENGTH, new MersenneTwisterFast(SEED));

        int cut = 0;
        for (int i = 0; i < 20_000; i++) {
            int origin = sampler.drawOrigin();
            int destination = sampler.drawDestination(origin);
            assertTrue(destination >= 0, "destination " + destination);
            assertTrue(destination < city.cellCount(), "destination " + destination);
            assertTrue(city.manhattanCells(origin, destination) <= city.maxRadiusFrom(origin));
            if (city.manhattanCells(origin, destination) == city.maxRadiusFrom(origin)) {
                cut++;
            }
        }
        assertTrue(cut > 0, "no trip reached the farthest cell");
    }

    @Test
    void meanLengthMatchesLognormal() {
        // 200 x 200 cells of 0.25 miles and a 100-mile cap: a 1.5-mile mean trip is almost never cut.
        GridCity city = new GridCity(TestScenarios.uniformCity(200, 200));
        TripSampler sampler = new TripSampler(city, new TripLengthSpec("lognormal", 1.5, 1.0, 100.0),
                new MersenneTwisterFast(SEED));
        int draws = 200_000;

        double total = 0;
        for (int i = 0; i < draws; i++) {
            int origin = sampler.drawOrigin();
            total += city.miles(origin, sampler.drawDestination(origin));
        }

        // The standard error of the mean is 1.0 / sqrt(200000) = 0.0022 miles. The tolerance allows
        // 4 of those plus 0.01 miles for rounding lengths to whole cells of 0.25 miles.
        double tolerance = 4 * 1.0 / Math.sqrt(draws) + 0.01;
        assertEquals(1.5, total / draws, tolerance);
    }

    @Test
    void originsFollowDemandWeights() {
        // 20 x 20 cells of 0.25 miles reach past the inner zone's 2-mile radius, so all three zones have cells.
        GridCity city = new GridCity(TestScenarios.zonedCity(20, 20));
        TripSampler sampler = new TripSampler(city, LENGTH, new MersenneTwisterFast(SEED));
        int zones = city.zones().size();
        int draws = 300_000;

        int[] cellsPerZone = new int[zones];
        for (int cell = 0; cell < city.cellCount(); cell++) {
            cellsPerZone[city.zoneOf(cell)]++;
        }
        int[] originsPerZone = new int[zones];
        for (int i = 0; i < draws; i++) {
            originsPerZone[city.zoneOf(sampler.drawOrigin())]++;
        }

        double totalWeight = 0;
        for (int z = 0; z < zones; z++) {
            totalWeight += city.zones().get(z).demandWeight() * cellsPerZone[z];
        }
        for (int z = 0; z < zones; z++) {
            assertTrue(cellsPerZone[z] > 0, "zone " + z + " has no cells");
            double share = city.zones().get(z).demandWeight() * cellsPerZone[z] / totalWeight;
            double tolerance = SIGMAS * Math.sqrt(share * (1 - share) / draws);
            assertEquals(share, originsPerZone[z] / (double) draws, tolerance, "zone " + z);
        }
    }

    @Test
    void sameSeedSameTrips() {
        GridCity city = new GridCity(TestScenarios.zonedCity(12, 12));

        assertEquals(Arrays.toString(trips(city, SEED)), Arrays.toString(trips(city, SEED)));
    }

    @Test
    void otherSeedOtherTrips() {
        GridCity city = new GridCity(TestScenarios.zonedCity(12, 12));

        assertNotEquals(Arrays.toString(trips(city, SEED)), Arrays.toString(trips(city, SEED + 1)));
    }

    /** Returns 1000 trips as origin, destination, origin, destination, ... */
    private static int[] trips(GridCity city, long seed) {
        TripSampler sampler = new TripSampler(city, LENGTH, new MersenneTwisterFast(seed));
        int[] cells = new int[2000];
        for (int i = 0; i < cells.length; i += 2) {
            cells[i] = sampler.drawOrigin();
            cells[i + 1] = sampler.drawDestination(cells[i]);
        }
        return cells;
    }
}
