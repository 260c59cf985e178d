package org.ridegrid.replay;

import java.util.Locale;

/** Reason a row of a trip file did not become a request. */
public enum SkipReason {
    /** The row has a different number of fields from the header. */
    MALFORMED_ROW,
    /** The time field is empty. */
    MISSING_TIME,
    /** The time field cannot be read, is negative, or is of another kind than the first row's. */
    INVALID_TIME,
    /** A location field is empty. */
    MISSING_LOCATION,
    /** A location field is not a number, or is out of range. */
    INVALID_LOCATION,
    /** A TLC zone id is not in the zone file. */
    UNKNOWN_ZONE,
    /** The pickup lies outside the grid. */
    ORIGIN_OUTSIDE_GRID,
    /** The drop-off lies outside the grid. */
    DESTINATION_OUTSIDE_GRID,
    /** The time is earlier than that of the row used before it. */
    OUT_OF_ORDER,
    /** The time is at or after the end of the run. The row is valid, so it does not count as invalid. */
    AFTER_HORIZON;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Returns true for the reasons that count towards the share of invalid rows that fails a run. */
    public boolean isInvalid() {
        return this != AFTER_HORIZON;
    }
}
