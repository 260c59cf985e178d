package org.ridegrid.calibrate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TripLengthFitTest {
    private static final double ALPHA = 0.01;

    @TempDir
    Path folder;

    @Test
    void fitRecoversLognormal() {
        // 20,000 draws: the standard error of mu is 0.8 / sqrt(20000) = 0.0057, and of sigma about 0.004.
        LogNormalDistribution truth = new LogNormalDistribution(new Well19937c(42), 1.2, 0.8);
        TripLengthFit.Result fit = TripLengthFit.fit(truth.sample(20_000), 0, ALPHA);
        assertEquals(1.2, fit.mu(), 0.025);
        assertEquals(0.8, fit.sigma(), 0.02);
        assertTrue(fit.pValue() >= ALPHA, "p-value " + fit.pValue());
        assertFalse(fit.useEmpirical());
        // The fitted mean exp(mu + sigma^2 / 2) has a standard error of about 0.7 % of 4.57 miles.
        assertEquals(Math.exp(1.2 + 0.32), fit.meanMiles(), 0.12);
    }

    @Test
    void uniformLengthsNeedTable() {
        double[] miles = new double[5000];
        for (int i = 0; i < miles.length; i++) {
            miles[i] = 1 + 9.0 * i / miles.length;
        }
        TripLengthFit.Result fit = TripLengthFit.fit(miles, 0, ALPHA);
        assertTrue(fit.ksStatistic() > 0.05, "statistic " + fit.ksStatistic());
        assertTrue(fit.useEmpirical());
        assertEquals(1.0, fit.miles()[0]);
        assertEquals(miles[miles.length - 1], fit.miles()[fit.miles().length - 1]);
    }

    @Test
    void quantilesInterpolateOrderStatistics() {
        assertArrayEquals(new double[] {1, 1.75, 2.5, 4}, Quantiles.of(new double[] {4, 1, 3, 2}, new double[] {0, 0.25, 0.5, 1}),
                1e-12);
    }

    @Test
    void readsRideAustinMetres() throws IOException, CalibrationInputException {
        Path file = Fixtures.write(folder, "trips.csv", "ride_id,trip_distance_m\n1,1609\n2,3219\n3,0\n4,8047\n");
        TripLengthFit.Result fit = TripLengthFit.fromRideAustin(file, ALPHA);
        assertEquals(3, fit.trips());
        assertEquals(1, fit.skipped());
        assertEquals(1609 / 1609.344, fit.miles()[0], 1e-9);
        assertEquals(8047 / 1609.344, fit.miles()[fit.miles().length - 1], 1e-9);
    }

    @Test
    void badDistanceNamesLine() throws IOException {
        Path file = Fixtures.write(folder, "trips.csv", "ride_id,trip_distance_m\n1,1609\n2,far\n");
        CalibrationInputException e = assertThrows(CalibrationInputException.class,
                () -> TripLengthFit.fromRideAustin(file, ALPHA));
        assertEquals(file + ":3: column trip_distance_m = \"far\" is not a finite number.", e.getMessage());
    }
}
