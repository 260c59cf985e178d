package org.ridegrid.demand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.ridegrid.TestScenarios;
import org.ridegrid.city.GridCity;
import org.ridegrid.scenario.CellWeightTable;
import org.ridegrid.scenario.DemandSpec;
import org.ridegrid.scenario.QuantileTable;
import org.ridegrid.scenario.TripLengthSpec;

import ec.util.MersenneTwisterFast;

class DemandTablesSamplingTest {
    private static final long SEED = 20_170_315L;
    private static final Path FILE = Path.of("/tables/hand-made.csv");
    private static final QuantileTable LENGTHS = new QuantileTable(FILE, new double[] {0, 0.25, 0.75, 1},
            new double[] {0.5, 1, 2, 4});

    private static DemandSpec demand(TripLengthSpec length, CellWeightTable origins, CellWeightTable destinations) {
        DemandSpec plain = TestScenarios.demand(1000);
        return new DemandSpec(plain.requestsPerDay(), plain.weekdayProfile(), plain.weekendProfile(),
                plain.dayOfWeekFactors(), length, plain.maxWaitMinutes(), plain.outOfArea(), origins, destinations);
    }

    @Test
    void quantileTableInterpolates() {
        assertEquals(0.5, LENGTHS.valueAt(0));
        assertEquals(0.75, LENGTHS.valueAt(0.125), 1e-12);
        assertEquals(1.0, LENGTHS.valueAt(0.25));
        assertEquals(1.5, LENGTHS.valueAt(0.5), 1e-12);
        assertEquals(3.0, LENGTHS.valueAt(0.875), 1e-12);
        assertEquals(4.0, LENGTHS.valueAt(1));
    }

    @Test
    void empiricalLengthsReproduceQuantiles() {
        GridCity city = new GridCity(TestScenarios.uniformCity(200, 200));
        TripLengthSpec spec = new TripLengthSpec("empirical", 1.5, 1.0, 10.0, LENGTHS);
        TripSampler sampler = new TripSampler(city, demand(spec, null, null), new MersenneTwisterFast(SEED));

        int draws = 100_000;
        double[] miles = new double[draws];
        for (int i = 0; i < draws; i++) {
            miles[i] = sampler.drawMiles();
        }
        Arrays.sort(miles);
        double[] shares = {0.1, 0.25, 0.5, 0.75, 0.9};
        for (double share : shares) {
            double sample = miles[(int) (share * draws)];
            // With 100,000 draws, one standard deviation of a sample quantile's share is at most 0.0016, and
            // the table rises at most 8 miles per unit of share, so 0.03 miles is about 2.4 to 4 of them.
            assertEquals(LENGTHS.valueAt(share), sample, 0.03, "quantile at share " + share);
        }
        assertTrue(miles[0] >= 0.5, "shortest draw " + miles[0]);
        assertTrue(miles[draws - 1] <= 4.0, "longest draw " + miles[draws - 1]);
    }

    @Test
    void empiricalLengthsRespectMax() {
        GridCity city = new GridCity(TestScenarios.uniformCity(40, 40));
        TripLengthSpec spec = new TripLengthSpec("empirical", 1.5, 1.0, 1.5, LENGTHS);
        TripSampler sampler = new TripSampler(city, demand(spec, null, null), new MersenneTwisterFast(SEED));
        for (int i = 0; i < 10_000; i++) {
            double drawn = sampler.drawMiles();
            assertTrue(drawn <= 1.5, "draw " + drawn);
        }
    }

    @Test
    void originsAndDestinationsFollowTables() {
        GridCity city = new GridCity(TestScenarios.uniformCity(10, 10));
        CellWeightTable origins = new CellWeightTable(FILE, new int[] {2, 7}, new int[] {3, 1}, new double[] {3, 1});
        int[] column = new int[10];
        int[] rows = new int[10];
        double[] ones = new double[10];
        for (int y = 0; y < 10; y++) {
            column[y] = 5;
            rows[y] = y;
            ones[y] = 1;
        }
        CellWeightTable destinations = new CellWeightTable(FILE, column, rows, ones);
        TripSampler sampler = new TripSampler(city, demand(new TripLengthSpec("lognormal", 1.5, 1.0, 4.0),
                origins, destinations), new MersenneTwisterFast(SEED));

        int draws = 20_000;
        int first = 0;
        for (int i = 0; i < draws; i++) {
            int origin = sampler.drawOrigin();
            assertTrue(origin == city.cell(2, 3) || origin == city.cell(7, 1), "origin " + origin);
            if (origin == city.cell(2, 3)) {
                first++;
            }
            int destination = sampler.drawDestination(origin);
            assertTrue(destination == origin || city.x(destination) == 5, "destination " + destination);
        }
        // Weight 3 of 4: the share is 0.75, with a binomial standard deviation of 0.003.
        assertEquals(0.75, first / (double) draws, 0.012);
    }

    @Test
    void noTablesKeepsZoneDraws() {
        // The scenario constructor without tables draws exactly as the zone constructor does.
        GridCity city = new GridCity(TestScenarios.zonedCity(12, 12));
        TripLengthSpec length = new TripLengthSpec("lognormal", 1.5, 1.0, 4.0);
        TripSampler zones = new TripSampler(city, length, new MersenneTwisterFast(SEED));
        TripSampler scenario = new TripSampler(city, demand(length, null, null), new MersenneTwisterFast(SEED));
        for (int i = 0; i < 1000; i++) {
            int origin = zones.drawOrigin();
            assertEquals(origin, scenario.drawOrigin());
            assertEquals(zones.drawDestination(origin), scenario.drawDestination(origin));
        }
    }
}
