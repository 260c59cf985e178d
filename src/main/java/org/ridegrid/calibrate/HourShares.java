package org.ridegrid.calibrate;

/**
 * An hour-of-day demand profile derived from trip data.
 *
 * @param shares 24 shares of the day's trips, 00:00-01:00 first, summing to 1
 * @param trips trips counted
 * @param dateRange the dates the trips come from, as text for file headers
 */
public record HourShares(double[] shares, long trips, String dateRange) {
    public HourShares {
        shares = shares.clone();
    }

    @Override
    public double[] shares() {
        return shares.clone();
    }
}
