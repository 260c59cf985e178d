package org.ridegrid.demand;

import java.util.Locale;

/** Reason a request was rejected when it arrived, before any rider waited. */
public enum RejectReason {
    /** The drawn trip starts and ends in the same cell, so there is nothing to drive. */
    SAME_CELL,
    /** No vehicle of any fleet could do the trip and still reach a pad, even fully charged. */
    BEYOND_VEHICLE_RANGE,
    /** The trip starts outside the service area of every fleet of the rider's operator. */
    OUTSIDE_SERVICE_AREA;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
