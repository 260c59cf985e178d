package org.ridegrid.scenario;

/**
 * Distribution of the straight-grid (Manhattan) length of a requested trip, in miles.
 * Only the lognormal form exists so far; draws above maxMiles are drawn again.
 */
public record TripLengthSpec(String distribution, double meanMiles, double sdMiles, double maxMiles) {
}
