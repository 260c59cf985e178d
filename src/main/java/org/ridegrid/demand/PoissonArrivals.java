package org.ridegrid.demand;

import org.ridegrid.city.SimCalendar;
import org.ridegrid.scenario.DemandSpec;

import ec.util.MersenneTwisterFast;

/**
 * Arrival times of a Poisson process whose rate is constant within each clock hour: the day's
 * requests (requests per day times the day-of-week factor) spread over the hours by the weekday or
 * weekend profile. Because the process is memoryless, a gap that crosses into the next hour is
 * redrawn from the hour boundary at the new rate, which gives the exact inhomogeneous process.
 */
public final class PoissonArrivals {
    private final DemandSpec spec;
    private final SimCalendar calendar;
    private final MersenneTwisterFast random;
    private final double weekdayProfileSum;
    private final double weekendProfileSum;

    public PoissonArrivals(DemandSpec spec, SimCalendar calendar, MersenneTwisterFast random) {
        this.spec = spec;
        this.calendar = calendar;
        this.random = random;
        this.weekdayProfileSum = spec.weekdayProfile().sum();
        this.weekendProfileSum = spec.weekendProfile().sum();
    }

    public DemandSpec demand() {
        return spec;
    }

    /** Returns the expected requests per hour in the clock hour that contains {@code time}. */
    public double ratePerHour(double time) {
        int day = calendar.dayIndex(time);
        int hour = calendar.hourOfDay(time);
        double dayFactor = spec.dayOfWeekFactor(calendar.weekdayOfDay(day).getValue() - 1);
        double share = calendar.isWeekendDay(day)
                ? spec.weekendProfile().get(hour) / weekendProfileSum
                : spec.weekdayProfile().get(hour) / weekdayProfileSum;
        return spec.requestsPerDay() * dayFactor * share;
    }

    /** Returns the first arrival after {@code time}, or infinity when none comes before {@code horizon}. */
    public double next(double time, double horizon) {
        double now = time;
        while (now < horizon) {
            double rate = ratePerHour(now) / SimCalendar.SECONDS_PER_HOUR;
            double hourEnd = (Math.floor(now / SimCalendar.SECONDS_PER_HOUR) + 1) * SimCalendar.SECONDS_PER_HOUR;
            if (rate > 0) {
                double gap = -Math.log(1.0 - random.nextDouble()) / rate;
                if (now + gap < hourEnd) {
                    return now + gap < horizon ? now + gap : Double.POSITIVE_INFINITY;
                }
            }
            now = hourEnd;
        }
        return Double.POSITIVE_INFINITY;
    }
}
