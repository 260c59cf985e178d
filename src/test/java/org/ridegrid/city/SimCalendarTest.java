package org.ridegrid.city;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;

import org.junit.jupiter.api.Test;

class SimCalendarTest {
    private static final double HOUR = SimCalendar.SECONDS_PER_HOUR;
    private static final double DAY = SimCalendar.SECONDS_PER_DAY;

    private final SimCalendar calendar = new SimCalendar(DayOfWeek.WEDNESDAY);

    @Test
    void dayIndex() {
        assertEquals(0, calendar.dayIndex(0.0));
        assertEquals(0, calendar.dayIndex(DAY - 0.001));
        assertEquals(1, calendar.dayIndex(DAY));
        assertEquals(9, calendar.dayIndex(9 * DAY + 5 * HOUR));
    }

    @Test
    void hourOfDay() {
        assertEquals(0, calendar.hourOfDay(0.0));
        assertEquals(23, calendar.hourOfDay(DAY - 1.0));
        assertEquals(0, calendar.hourOfDay(DAY));
        assertEquals(2, calendar.hourOfDay(DAY + 2.5 * HOUR));
        assertEquals(26, calendar.hourIndex(DAY + 2.5 * HOUR));
    }

    @Test
    void weekdayFromWednesdayStart() {
        assertEquals(DayOfWeek.WEDNESDAY, calendar.weekday(0.0));
        assertEquals(DayOfWeek.SATURDAY, calendar.weekday(3 * DAY + HOUR));
        assertEquals(DayOfWeek.MONDAY, calendar.weekdayOfDay(5));
        assertEquals(DayOfWeek.TUESDAY, calendar.weekdayOfDay(6));
        assertEquals(DayOfWeek.WEDNESDAY, calendar.weekdayOfDay(7));
        assertEquals(DayOfWeek.SATURDAY, calendar.weekdayOfDay(10));
    }

    @Test
    void weekendDays() {
        assertFalse(calendar.isWeekendDay(0), "Wednesday");
        assertFalse(calendar.isWeekendDay(2), "Friday");
        assertTrue(calendar.isWeekendDay(3), "Saturday");
        assertTrue(calendar.isWeekendDay(4), "Sunday");
        assertFalse(calendar.isWeekendDay(5), "Monday");
        assertTrue(calendar.isWeekendDay(11), "Sunday of the second week");
    }

    @Test
    void weekendAtTimes() {
        assertFalse(calendar.isWeekend(3 * DAY - 1.0), "Friday 23:59:59");
        assertTrue(calendar.isWeekend(3 * DAY), "Saturday 00:00");
        assertTrue(calendar.isWeekend(5 * DAY - 1.0), "Sunday 23:59:59");
        assertFalse(calendar.isWeekend(5 * DAY), "Monday 00:00");
    }

    @Test
    void formatTime() {
        assertEquals("day 0 (Wed) 00:00:00", calendar.format(0.0));
        assertEquals("day 2 (Fri) 07:45:10", calendar.format(2 * DAY + 7 * HOUR + 45 * 60 + 10));
        assertEquals("day 4 (Sun) 23:59:59", calendar.format(5 * DAY - 0.4));
        assertEquals("day 12 (Mon) 13:00:00", calendar.format(12 * DAY + 13 * HOUR));
    }
}
