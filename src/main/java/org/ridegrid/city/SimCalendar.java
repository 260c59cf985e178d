package org.ridegrid.city;

import java.time.DayOfWeek;

/**
 * Converts simulated time (seconds since 00:00 of day 0) into day, weekday and hour of day.
 * Saturday and Sunday are weekend days; the other five are weekdays.
 */
public final class SimCalendar {
    public static final double SECONDS_PER_HOUR = 3_600.0;
    public static final double SECONDS_PER_DAY = 86_400.0;

    private final DayOfWeek startWeekday;

    public SimCalendar(DayOfWeek startWeekday) {
        this.startWeekday = startWeekday;
    }

    public int dayIndex(double time) {
        return (int) Math.floor(time / SECONDS_PER_DAY);
    }

    /** Returns the hour since the start of the run (0 for 00:00-01:00 of day 0). */
    public int hourIndex(double time) {
        return (int) Math.floor(time / SECONDS_PER_HOUR);
    }

    public int hourOfDay(double time) {
        return Math.floorMod(hourIndex(time), 24);
    }

    public DayOfWeek weekdayOfDay(int dayIndex) {
        return startWeekday.plus(dayIndex);
    }

    public DayOfWeek weekday(double time) {
        return weekdayOfDay(dayIndex(time));
    }

    public boolean isWeekend(double time) {
        return isWeekendDay(dayIndex(time));
    }

    public boolean isWeekendDay(int dayIndex) {
        DayOfWeek day = weekdayOfDay(dayIndex);
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    /** Formats a time as "day 2 (Wed) 07:45:10" for logs and messages. */
    public String format(double time) {
        int day = dayIndex(time);
        long secondOfDay = (long) Math.floor(time - day * SECONDS_PER_DAY);
        String weekday = weekdayOfDay(day).name().substring(0, 1) + weekdayOfDay(day).name().substring(1, 3).toLowerCase();
        return String.format(java.util.Locale.ROOT, "day %d (%s) %02d:%02d:%02d",
                day, weekday, secondOfDay / 3600, (secondOfDay / 60) % 60, secondOfDay % 60);
    }
}
