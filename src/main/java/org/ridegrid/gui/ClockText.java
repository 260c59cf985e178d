package org.ridegrid.gui;

import java.util.Locale;

import org.ridegrid.city.SimCalendar;

/** Formats simulated times (seconds since 00:00 of day 0) for the view. */
final class ClockText {
    private ClockText() {
    }

    /** Formats the time of day as "07:45:10". */
    static String timeOfDay(double time) {
        long second = (long) Math.floor(Math.floorMod((long) Math.floor(time), (long) SimCalendar.SECONDS_PER_DAY));
        return String.format(Locale.ROOT, "%02d:%02d:%02d", second / 3600, (second / 60) % 60, second % 60);
    }

    /** Formats a time as "day 1 07:45:10", day 0 being the first day. */
    static String dayAndTime(double time) {
        return "day " + (long) Math.floor(time / SimCalendar.SECONDS_PER_DAY) + " " + timeOfDay(time);
    }

    static String minutes(double seconds) {
        return String.format(Locale.ROOT, "%.1f min", seconds / 60.0);
    }
}
