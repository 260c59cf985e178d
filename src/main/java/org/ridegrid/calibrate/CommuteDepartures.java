package org.ridegrid.calibrate;

import java.nio.file.Path;

/**
 * Derives the quantiles of morning departure times to work from NHTS trips: trips whose purpose
 * (WHYTRP1S) is 10, "to work", on Monday to Friday (TRAVDAY 2 to 6), with a start time (STRTTIME,
 * HHMM) in a morning window. The window leaves out the returns to work after lunch, which the
 * survey also codes as trips to work.
 */
public final class CommuteDepartures {
    /** WHYTRP1S of a trip to work. */
    static final int TO_WORK = 10;
    /** Cumulative shares of the derived quantiles. */
    static final double[] SHARES = {0, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 1};

    private CommuteDepartures() {
    }

    /**
     * @param shares cumulative shares, from 0 to 1
     * @param hours the departure time at each share, in decimal hours of the day
     * @param trips trips counted
     */
    public record Result(double[] shares, double[] hours, int trips) {
        public Result {
            shares = shares.clone();
            hours = hours.clone();
        }

        @Override
        public double[] shares() {
            return shares.clone();
        }

        @Override
        public double[] hours() {
            return hours.clone();
        }
    }

    /** Reads STRTTIME, TRAVDAY and WHYTRP1S and keeps start times from {@code fromHour} up to, not including, {@code toHour}. */
    public static Result fromNhts(Path file, double fromHour, double toHour) throws CalibrationInputException {
        double[] hours = new double[1024];
        int count = 0;
        try (SourceCsv csv = SourceCsv.open(file, "STRTTIME", "TRAVDAY", "WHYTRP1S")) {
            while (csv.next()) {
                int day = csv.integer("TRAVDAY");
                if (csv.integer("WHYTRP1S") != TO_WORK || day < 2 || day > 6) {
                    continue;
                }
                int start = csv.integer("STRTTIME");
                if (start < 0) {
                    // -9 marks a missing time in the survey.
                    continue;
                }
                if (start > 2359 || start % 100 > 59) {
                    throw csv.invalid("STRTTIME", csv.text("STRTTIME"), "is not a time of day HHMM from 0000 to 2359.");
                }
                double hour = start / 100 + (start % 100) / 60.0;
                if (hour < fromHour || hour >= toHour) {
                    continue;
                }
                if (count == hours.length) {
                    hours = java.util.Arrays.copyOf(hours, count * 2);
                }
                hours[count++] = hour;
            }
        }
        if (count == 0) {
            throw new CalibrationInputException(file + " has no weekday trips to work starting from " + fromHour
                    + " to " + toHour + " h.");
        }
        double[] sample = java.util.Arrays.copyOf(hours, count);
        return new Result(SHARES, Quantiles.of(sample, SHARES), count);
    }
}
