package org.ridegrid.metrics;

import java.util.Locale;

import org.ridegrid.city.SimCalendar;

/**
 * Commute peaks: weekday 07:00-09:00 (morning) and weekday 16:00-19:00 (evening). Every other
 * hour, weekend days included, is off-peak, so the three periods together hold every request.
 */
public enum PeakPeriod {
    AM,
    PM,
    OFF_PEAK;

    public static PeakPeriod of(SimCalendar calendar, double time) {
        if (calendar.isWeekend(time)) {
            return OFF_PEAK;
        }
        int hour = calendar.hourOfDay(time);
        if (hour >= 7 && hour < 9) {
            return AM;
        }
        if (hour >= 16 && hour < 19) {
            return PM;
        }
        return OFF_PEAK;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
