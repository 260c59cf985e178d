package org.ridegrid.replay;

/**
 * A trip file row whose fields are all valid and whose pickup and drop-off lie in the grid.
 *
 * @param line file line where the row starts (1 is the header)
 * @param seconds the request time: seconds since 1970-01-01 00:00 on the local clock when
 *     {@code wallClock}, else seconds from the start of the run
 * @param origin pickup cell
 * @param destination drop-off cell
 */
record TripRow(long line, double seconds, boolean wallClock, int origin, int destination) {
}
