package org.ridegrid.calibrate;

import org.ridegrid.city.SimCalendar;
import org.ridegrid.demand.PoissonArrivals;
import org.ridegrid.scenario.DemandSpec;
import org.ridegrid.scenario.HourProfile;
import org.ridegrid.scenario.Scenario;

import ec.util.MersenneTwisterFast;

/**
 * Draws a scenario's request times alone, with no fleets, and compares the share of requests in
 * each hour of day with the scenario's hourly profile, for weekdays and weekend days apart.
 *
 * <p>Given n requests on such days, the count in an hour whose profile share is p is binomial, so
 * its simulated share has the standard deviation sqrt(p (1 - p) / n). An hour agrees when its
 * difference is at most {@link #SIGMAS} of those standard deviations.
 */
public final class DemandCheck {
    /** Standard deviations allowed per hour; 48 hours all within 4 have a chance of about 0.997 under Poisson noise. */
    public static final double SIGMAS = 4.0;

    private DemandCheck() {
    }

    /** The simulated and expected shares of one kind of day. */
    public record DayKind(String name, long[] counts, double[] expected) {
        public DayKind {
            counts = counts.clone();
            expected = expected.clone();
        }

        public long requests() {
            long total = 0;
            for (long count : counts) {
                total += count;
            }
            return total;
        }

        public double simulatedShare(int hour) {
            return counts[hour] / (double) requests();
        }

        public double expectedShare(int hour) {
            return expected[hour];
        }

        public double difference(int hour) {
            return simulatedShare(hour) - expected[hour];
        }

        /** Returns the largest difference this hour may show under Poisson noise alone. */
        public double tolerance(int hour) {
            double p = expected[hour];
            return SIGMAS * Math.sqrt(p * (1 - p) / requests());
        }

        /** Returns the hour with the largest absolute difference. */
        public int worstHour() {
            int worst = 0;
            for (int hour = 1; hour < HourProfile.HOURS; hour++) {
                if (Math.abs(difference(hour)) > Math.abs(difference(worst))) {
                    worst = hour;
                }
            }
            return worst;
        }

        /** Returns true when every hour is within its tolerance; false also when no request was drawn. */
        public boolean agrees() {
            if (requests() == 0) {
                return false;
            }
            for (int hour = 0; hour < HourProfile.HOURS; hour++) {
                if (Math.abs(difference(hour)) > tolerance(hour)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The outcome: weekdays, then weekend days. */
    public record Result(DayKind weekdays, DayKind weekends, int days) {
    }

    /** Draws the requests of {@code scenario.days()} days from {@code seed}. */
    public static Result run(Scenario scenario, long seed) {
        DemandSpec demand = scenario.demand();
        SimCalendar calendar = new SimCalendar(scenario.startWeekday());
        PoissonArrivals arrivals = new PoissonArrivals(demand, calendar, new MersenneTwisterFast(seed));
        long[] weekdayCounts = new long[HourProfile.HOURS];
        long[] weekendCounts = new long[HourProfile.HOURS];
        double horizon = scenario.horizonSeconds();
        for (double time = arrivals.next(0, horizon); time < horizon; time = arrivals.next(time, horizon)) {
            long[] counts = calendar.isWeekendDay(calendar.dayIndex(time)) ? weekendCounts : weekdayCounts;
            counts[calendar.hourOfDay(time)]++;
        }
        return new Result(
                new DayKind("weekday", weekdayCounts, normalised(demand.weekdayProfile())),
                new DayKind("weekend", weekendCounts, normalised(demand.weekendProfile())),
                scenario.days());
    }

    private static double[] normalised(HourProfile profile) {
        double[] shares = profile.toArray();
        double sum = profile.sum();
        for (int hour = 0; hour < shares.length; hour++) {
            shares[hour] /= sum;
        }
        return shares;
    }
}
