package org.ridegrid.replay;

import java.util.Locale;

/** The trip file formats that {@code run --trips} reads; docs/replay.md lists the columns of each. */
public enum TripFormat {
    /** RideAustin open data: request_time and pickup and drop-off latitude and longitude. */
    RIDEAUSTIN,
    /** NYC TLC trip records: the pickup time and either TLC zone ids or coordinates. */
    NYC_TLC,
    /** City of Chicago taxi trips: trip_start_timestamp and pickup and drop-off coordinates. */
    CHICAGO,
    /** RideGrid's own format: request_time and either coordinates or grid cells. */
    GENERIC;

    /** Returns the name used on the command line and in summary.json, such as {@code nyc-tlc}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Returns the format named {@code key}, or null when no format has that name. */
    public static TripFormat fromKey(String key) {
        for (TripFormat format : values()) {
            if (format.key().equals(key)) {
                return format;
            }
        }
        return null;
    }
}
