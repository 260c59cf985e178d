package org.ridegrid.scenario;

/**
 * Where the grid lies on the Earth: the latitude and longitude of the grid centre in degrees
 * (WGS 84), and the compass bearing of the grid's +y axis in degrees clockwise from true north.
 */
public record AnchorSpec(double latitude, double longitude, double rotationDegrees) {
}
