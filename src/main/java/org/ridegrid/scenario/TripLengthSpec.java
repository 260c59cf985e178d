package org.ridegrid.scenario;

/**
 * Distribution of the straight-grid (Manhattan) length of a requested trip, in miles: lognormal
 * with the given mean and standard deviation, or empirical from a quantile table. Draws above
 * maxMiles are drawn again.
 *
 * @param distribution "lognormal" or "empirical"
 * @param table the quantiles of the empirical distribution, or null for the lognormal one
 */
public record TripLengthSpec(String distribution, double meanMiles, double sdMiles, double maxMiles, QuantileTable table) {

    public TripLengthSpec {
        if ("empirical".equals(distribution) && table == null) {
            throw new IllegalArgumentException("the empirical trip length distribution needs a quantile table");
        }
    }

    /** Creates the lognormal distribution. */
    public TripLengthSpec(String distribution, double meanMiles, double sdMiles, double maxMiles) {
        this(distribution, meanMiles, sdMiles, maxMiles, null);
    }

    /** Returns true when trip lengths are drawn from the quantile table. */
    public boolean isEmpirical() {
        return table != null && "empirical".equals(distribution);
    }
}
