package org.ridegrid.replay;

import java.util.List;

/**
 * The column layout of a trip file, found from its header: the format, the time column and its
 * kind, and the location columns.
 *
 * @param timeColumn index of the request time column
 * @param locationColumns indices of origin latitude, origin longitude, destination latitude and
 *     destination longitude; of origin and destination zone id; or of origin x, origin y,
 *     destination x and destination y, by {@code locationKind}
 * @param columnNames the header, with names as written
 */
record TripLayout(TripFormat format, TimeKind timeKind, LocationKind locationKind, int timeColumn,
        int[] locationColumns, List<String> columnNames) {

    /** Kind of text in the time column. */
    enum TimeKind {
        /** A local date and time such as 2017-03-15 09:00:06. */
        WALL_CLOCK,
        /** Whole seconds since 1970-01-01 00:00 read on the local clock, or a local date and time. */
        EPOCH_OR_WALL_CLOCK,
        /** Seconds from the start of the run, or a local date and time. */
        SECONDS_OR_WALL_CLOCK
    }

    /** Kind of fields that give the pickup and drop-off. */
    enum LocationKind {
        COORDINATES,
        ZONES,
        CELLS
    }

    /** Returns true when the rows give places on the Earth, which need the scenario's city.anchor. */
    boolean needsAnchor() {
        return locationKind != LocationKind.CELLS;
    }

    /** Returns the header name of a column. */
    String name(int column) {
        return columnNames.get(column);
    }
}
