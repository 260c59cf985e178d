package org.ridegrid.demand;

/**
 * One request from a {@link DemandSource}: its time in seconds since 00:00 of day 0, and its origin
 * and destination cells, numbered {@code y * width + x}.
 */
public record DemandRecord(double time, int origin, int destination) {
}
