package org.ridegrid.economics;

import org.ridegrid.scenario.FareSpec;

/** Computes fares from an operator's fare table. */
public final class Fares {
    private Fares() {
    }

    /**
     * Returns the fare in dollars for a trip of {@code miles} taking {@code minutes}, before surge: base
     * plus distance and time charges, never below the minimum. Trips under the short-trip distance pay
     * the short-trip rate per mile, trips over the long-trip distance the long-trip rate (a distance of 0
     * turns the special rate off).
     */
    public static double quote(FareSpec fares, double miles, double minutes) {
        double perMile = fares.perMile();
        if (fares.shortTripMiles() > 0 && miles < fares.shortTripMiles()) {
            perMile = fares.shortTripPerMile();
        } else if (fares.longTripMiles() > 0 && miles > fares.longTripMiles()) {
            perMile = fares.longTripPerMile();
        }
        double fare = fares.base() + perMile * miles + fares.perMinute() * minutes;
        return Math.max(fares.minimum(), fare);
    }
}
