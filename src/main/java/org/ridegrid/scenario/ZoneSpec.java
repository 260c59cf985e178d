package org.ridegrid.scenario;

/**
 * One zone of the city. A cell belongs to the first zone, in list order, whose radius (Euclidean
 * distance in miles from the grid centre to the cell centre) contains it; the last zone has an
 * infinite radius and takes every remaining cell.
 *
 * @param demandWeight relative request origin density per cell
 * @param attractionWeight relative destination density per cell
 * @param residentialWeight relative density of homes per cell, used to place pads and vehicles
 * @param speedMph free-flow driving speed before the hour's congestion factor
 */
public record ZoneSpec(
        String name,
        double radiusMiles,
        double demandWeight,
        double attractionWeight,
        double residentialWeight,
        double speedMph) {
}
