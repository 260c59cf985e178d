package org.ridegrid.calibrate;

import java.nio.file.Path;

import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.Variance;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;

/**
 * Fits a lognormal distribution to trip lengths by maximum likelihood, measures the fit with the
 * one-sample Kolmogorov-Smirnov test, and keeps the sample's quantiles for an empirical table. The
 * lognormal is kept when the test's p-value is at least the significance level. A sample large
 * enough to reject the lognormal is also large enough for its own quantiles to be the better model.
 */
public final class TripLengthFit {
    /** Metres in a statute mile. */
    static final double METRES_PER_MILE = 1609.344;
    /** Rows of the empirical table: shares 0, 0.01, ..., 1. */
    static final int QUANTILE_STEPS = 100;

    private TripLengthFit() {
    }

    /**
     * @param mu mean of log miles (maximum likelihood estimate)
     * @param sigma standard deviation of log miles (maximum likelihood estimate, divided by n)
     * @param ksStatistic largest distance between the sample's and the fitted cumulative distribution
     * @param pValue p-value of the Kolmogorov-Smirnov test of the sample against the fitted lognormal
     * @param alpha significance level: the lognormal is rejected when the p-value is below it
     * @param trips trips fitted
     * @param skipped trips left out because their distance is 0 or less
     * @param shares cumulative shares of the empirical table
     * @param miles the sample quantile at each share
     */
    public record Result(double mu, double sigma, double ksStatistic, double pValue, double alpha, int trips, int skipped,
            double[] shares, double[] miles) {
        public Result {
            shares = shares.clone();
            miles = miles.clone();
        }

        @Override
        public double[] shares() {
            return shares.clone();
        }

        @Override
        public double[] miles() {
            return miles.clone();
        }

        /** Returns true when the lognormal fits too poorly and the empirical table should be used. */
        public boolean useEmpirical() {
            return pValue < alpha;
        }

        /** Returns the mean of the fitted lognormal, exp(mu + sigma^2 / 2). */
        public double meanMiles() {
            return Math.exp(mu + sigma * sigma / 2);
        }

        /** Returns the standard deviation of the fitted lognormal. */
        public double sdMiles() {
            return meanMiles() * Math.sqrt(Math.expm1(sigma * sigma));
        }
    }

    /** Fits positive trip lengths in miles; {@code skipped} counts the left-out values, for the report. */
    public static Result fit(double[] miles, int skipped, double alpha) {
        if (miles.length < 2) {
            throw new IllegalArgumentException("a lognormal fit needs at least 2 trips, got " + miles.length);
        }
        double[] logs = new double[miles.length];
        for (int i = 0; i < miles.length; i++) {
            logs[i] = Math.log(miles[i]);
        }
        double mu = new Mean().evaluate(logs);
        double sigma = Math.sqrt(new Variance(false).evaluate(logs, mu));
        double statistic = 1.0;
        double pValue = 0.0;
        if (sigma > 0) {
            LogNormalDistribution fitted = new LogNormalDistribution(null, mu, sigma,
                    LogNormalDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY);
            KolmogorovSmirnovTest test = new KolmogorovSmirnovTest();
            statistic = test.kolmogorovSmirnovStatistic(fitted, miles);
            pValue = test.kolmogorovSmirnovTest(fitted, miles);
        }
        double[] shares = Quantiles.evenShares(QUANTILE_STEPS);
        return new Result(mu, sigma, statistic, pValue, alpha, miles.length, skipped, shares, Quantiles.of(miles, shares));
    }

    /** Reads trip_distance_m of the RideAustin file and fits its trips, in miles. */
    public static Result fromRideAustin(Path file, double alpha) throws CalibrationInputException {
        double[] distances = new double[1024];
        int count = 0;
        int skipped = 0;
        try (SourceCsv csv = SourceCsv.open(file, "trip_distance_m")) {
            while (csv.next()) {
                double metres = csv.number("trip_distance_m");
                if (metres <= 0) {
                    skipped++;
                    continue;
                }
                if (count == distances.length) {
                    distances = java.util.Arrays.copyOf(distances, count * 2);
                }
                distances[count++] = metres / METRES_PER_MILE;
            }
        }
        if (count < 2) {
            throw new CalibrationInputException(file + " has " + count + " trip(s) with a positive trip_distance_m,"
                    + " but a fit needs at least 2.");
        }
        return fit(java.util.Arrays.copyOf(distances, count), skipped, alpha);
    }
}
