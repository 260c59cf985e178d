package org.ridegrid.scenario;

/** One pad site given explicitly in the scenario, at grid cell (x, y). */
public record PadLocation(int x, int y, int places, double powerKw) {
}
