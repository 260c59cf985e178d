package org.ridegrid.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ridegrid.city.SimCalendar;

/** Parses a simulated time written DAY:HH:MM, day 0 being the first day of the run. */
final class DayTime {
    private static final Pattern FORMAT = Pattern.compile("(\\d{1,4}):(\\d{2}):(\\d{2})");

    private DayTime() {
    }

    /**
     * Returns the time in seconds since 00:00 of day 0. {@code option} names the option in messages.
     * The time must be within [0, {@code horizonSeconds}].
     */
    static double parse(String option, String text, double horizonSeconds) throws InvalidInputException {
        Matcher matcher = FORMAT.matcher(text.trim());
        if (!matcher.matches()) {
            throw new InvalidInputException(option + " '" + text + "' is not a valid time: write DAY:HH:MM, for"
                    + " example 2:07:30 for 07:30 on day 2 (day 0 is the first day).");
        }
        int day = Integer.parseInt(matcher.group(1));
        int hour = Integer.parseInt(matcher.group(2));
        int minute = Integer.parseInt(matcher.group(3));
        if (hour > 23 || minute > 59) {
            throw new InvalidInputException(option + " '" + text + "' is not a valid time: hours go from 00 to 23"
                    + " and minutes from 00 to 59.");
        }
        double time = day * SimCalendar.SECONDS_PER_DAY + hour * SimCalendar.SECONDS_PER_HOUR + minute * 60.0;
        if (time > horizonSeconds) {
            int days = (int) Math.round(horizonSeconds / SimCalendar.SECONDS_PER_DAY);
            throw new InvalidInputException(option + " '" + text + "' is beyond the end of the run: it lasts "
                    + days + " day(s), so the latest time is " + days + ":00:00. Choose an earlier time or raise --days.");
        }
        return time;
    }
}
