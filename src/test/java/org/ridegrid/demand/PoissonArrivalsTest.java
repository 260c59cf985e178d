package org.ridegrid.demand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.ridegrid.city.SimCalendar;
import org.ridegrid.scenario.DemandSpec;
import org.ridegrid.scenario.HourProfile;
import org.ridegrid.scenario.TripLengthSpec;

import ec.util.MersenneTwisterFast;

class PoissonArrivalsTest {
    private static final long SEED = 99_173L;
    private static final double HOUR = SimCalendar.SECONDS_PER_HOUR;
    private static final double DAY = SimCalendar.SECONDS_PER_DAY;
    private static final double REQUESTS_PER_DAY = 1200;
    private static final double RATE_TOLERANCE = 1e-9;
    /** Allowed gap between an arrival count and its expectation, in Poisson standard deviations. */
    private static final double SIGMAS = 4.0;

    /** Weekday hour weights: 1 each, except 03:00 with 0 and 08:00 with 3, so the sum is 25. */
    private static final int WEEKDAY_EMPTY_HOUR = 3;
    private static final int WEEKDAY_PEAK_HOUR = 8;
    /** Weekend hour weights: 1 each, except 03:00 with 2 and 14:00 with 5, so the sum is 29. */
    private static final int WEEKEND_PEAK_HOUR = 14;
    /** Monday first. */
    private static final double[] DAY_FACTORS = {1.0, 0.9, 1.1, 1.0, 1.3, 0.6, 0.8};

    private static DemandSpec demand() {
        double[] weekday = new double[24];
        Arrays.fill(weekday, 1.0);
        weekday[WEEKDAY_EMPTY_HOUR] = 0.0;
        weekday[WEEKDAY_PEAK_HOUR] = 3.0;
        double[] weekend = new double[24];
        Arrays.fill(weekend, 1.0);
        weekend[WEEKDAY_EMPTY_HOUR] = 2.0;
        weekend[WEEKEND_PEAK_HOUR] = 5.0;
        return new DemandSpec(REQUESTS_PER_DAY, new HourProfile(weekday), new HourProfile(weekend), DAY_FACTORS,
                new TripLengthSpec("lognormal", 1.5, 1.0, 4.0), 10);
    }

    /** Day 0 is a Wednesday, so days 3 and 4 are the weekend. */
    private static final SimCalendar CALENDAR = new SimCalendar(DayOfWeek.WEDNESDAY);

    private static PoissonArrivals arrivals(long seed) {
        return new PoissonArrivals(demand(), CALENDAR, new MersenneTwisterFast(seed));
    }

    @Test
    void rateWeekdayHour() {
        PoissonArrivals arrivals = arrivals(SEED);

        // Wednesday: factor 1.1, and 08:00 has weight 3 of the profile's 25.
        assertEquals(1200 * 1.1 * 3 / 25, arrivals.ratePerHour(WEEKDAY_PEAK_HOUR * HOUR + 1800), RATE_TOLERANCE);
        // Monday, day 5: factor 1.0, and 10:00 has weight 1 of 25.
        assertEquals(1200 * 1.0 / 25, arrivals.ratePerHour(5 * DAY + 10 * HOUR), RATE_TOLERANCE);
    }

    @Test
    void rateZeroWeightHour() {
        assertEquals(0.0, arrivals(SEED).ratePerHour(WEEKDAY_EMPTY_HOUR * HOUR + 10));
    }

    @Test
    void rateWeekendUsesWeekendProfile() {
        PoissonArrivals arrivals = arrivals(SEED);

        // Saturday, day 3: factor 0.6, and 14:00 has weight 5 of the weekend profile's 29.
        assertEquals(1200 * 0.6 * 5 / 29, arrivals.ratePerHour(3 * DAY + WEEKEND_PEAK_HOUR * HOUR), RATE_TOLERANCE);
        // 03:00 has weight 0 on weekdays but 2 of 29 at the weekend.
        assertEquals(1200 * 0.6 * 2 / 29, arrivals.ratePerHour(3 * DAY + WEEKDAY_EMPTY_HOUR * HOUR), RATE_TOLERANCE);
        // Sunday, day 4: factor 0.8.
        assertEquals(1200 * 0.8 / 29, arrivals.ratePerHour(4 * DAY + WEEKDAY_PEAK_HOUR * HOUR), RATE_TOLERANCE);
    }

    @Test
    void rateSumsToDailyRequests() {
        PoissonArrivals arrivals = arrivals(SEED);

        for (int day = 0; day < 7; day++) {
            double total = 0;
            for (int hour = 0; hour < 24; hour++) {
                total += arrivals.ratePerHour(day * DAY + hour * HOUR);
            }
            double factor = DAY_FACTORS[CALENDAR.weekdayOfDay(day).getValue() - 1];
            assertEquals(REQUESTS_PER_DAY * factor, total, RATE_TOLERANCE, "day " + day);
        }
    }

    @Test
    void countsPerHourMatchRate() {
        int weeks = 16;
        double horizon = weeks * 7 * DAY;
        PoissonArrivals arrivals = arrivals(SEED);

        // Buckets by day of the week (counted from the start day) and hour of day.
        int[][] counts = new int[7][24];
        for (double t = arrivals.next(0.0, horizon); t < horizon; t = arrivals.next(t, horizon)) {
            counts[CALENDAR.dayIndex(t) % 7][CALENDAR.hourOfDay(t)]++;
        }

        for (int day = 0; day < 7; day++) {
            for (int hour = 0; hour < 24; hour++) {
                double expected = weeks * arrivals.ratePerHour(day * DAY + hour * HOUR);
                String bucket = CALENDAR.weekdayOfDay(day) + " " + hour + ":00";
                if (expected == 0) {
                    assertEquals(0, counts[day][hour], bucket);
                } else {
                    assertEquals(expected, counts[day][hour], SIGMAS * Math.sqrt(expected), bucket);
                }
            }
        }
    }

    @Test
    void arrivalsIncreaseBeforeHorizon() {
        double horizon = 2.5 * DAY + 17.0;
        PoissonArrivals arrivals = arrivals(SEED);

        double previous = 0.0;
        int count = 0;
        for (double t = arrivals.next(0.0, horizon); t != Double.POSITIVE_INFINITY; t = arrivals.next(t, horizon)) {
            assertTrue(t > previous, "arrival " + count + " at " + t + " after " + previous);
            assertTrue(t < horizon, "arrival " + count + " at " + t);
            previous = t;
            count++;
        }
        assertTrue(count > 2000, "arrivals: " + count);
    }

    @Test
    void emptyHourSkipped() {
        PoissonArrivals arrivals = arrivals(SEED);

        for (int i = 0; i < 1000; i++) {
            double t = arrivals.next(WEEKDAY_EMPTY_HOUR * HOUR, DAY);
            assertTrue(t >= (WEEKDAY_EMPTY_HOUR + 1) * HOUR, "arrival at " + t);
        }
    }

    @Test
    void noArrivalAtOrAfterHorizon() {
        PoissonArrivals arrivals = arrivals(SEED);

        assertEquals(Double.POSITIVE_INFINITY, arrivals.next(DAY, DAY));
        assertEquals(Double.POSITIVE_INFINITY, arrivals.next(DAY + 5, DAY));
    }

    @Test
    void sameSeedSameArrivals() {
        PoissonArrivals first = arrivals(SEED);
        PoissonArrivals second = arrivals(SEED);

        double a = 0.0;
        double b = 0.0;
        for (int i = 0; i < 500; i++) {
            a = first.next(a, 7 * DAY);
            b = second.next(b, 7 * DAY);
            assertEquals(a, b, "arrival " + i);
        }
    }
}
