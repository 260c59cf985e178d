package org.ridegrid.scenario;

/**
 * Trips that leave the city grid, such as cross-city trips: a share of all requests, whose distance
 * beyond the grid edge is lognormal with the given mean and standard deviation, at most maxMiles.
 */
public record OutOfAreaSpec(double share, double meanMiles, double sdMiles, double maxMiles) {
}
