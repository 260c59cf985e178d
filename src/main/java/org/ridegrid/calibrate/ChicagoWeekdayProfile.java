package org.ridegrid.calibrate;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * Derives the weekday profile from Chicago ride-hail trips by hour of one Thursday a year (the
 * first Thursday of February). Each chosen year's 24 counts are turned into shares of that day,
 * and the profile is the mean of those shares, so that every year counts the same whatever its volume.
 */
public final class ChicagoWeekdayProfile {
    private ChicagoWeekdayProfile() {
    }

    /** Reads the hourly file (columns year, hour, trip_count) and averages the shares of {@code years}. */
    public static HourShares derive(Path file, SortedSet<Integer> years) throws CalibrationInputException {
        if (years.isEmpty()) {
            throw new CalibrationInputException("no years chosen: give at least one year of " + file + ".");
        }
        TreeMap<Integer, double[]> countsByYear = new TreeMap<>();
        try (SourceCsv csv = SourceCsv.open(file, "year", "hour", "trip_count")) {
            while (csv.next()) {
                int year = csv.integer("year");
                int hour = csv.integer("hour");
                if (hour < 0 || hour > 23) {
                    throw csv.invalid("hour", csv.text("hour"), "must be an hour of day from 0 to 23.");
                }
                double trips = csv.number("trip_count");
                if (trips < 0) {
                    throw csv.invalid("trip_count", csv.text("trip_count"), "must be 0 or more.");
                }
                double[] counts = countsByYear.computeIfAbsent(year, y -> filledWithNaN());
                if (!Double.isNaN(counts[hour])) {
                    throw csv.invalid("hour", csv.text("hour"), "repeats hour " + hour + " of year " + year + ".");
                }
                counts[hour] = trips;
            }
        }

        double[] shares = new double[24];
        long trips = 0;
        List<String> dates = new ArrayList<>();
        for (int year : years) {
            double[] counts = countsByYear.get(year);
            if (counts == null) {
                throw new CalibrationInputException(file + " has no rows for year " + year + ". Its years are "
                        + countsByYear.keySet() + ".");
            }
            double total = 0;
            for (int hour = 0; hour < 24; hour++) {
                if (Double.isNaN(counts[hour])) {
                    throw new CalibrationInputException(file + " has no row for hour " + hour + " of year " + year + ".");
                }
                total += counts[hour];
            }
            if (total <= 0) {
                throw new CalibrationInputException(file + " counts no trips in year " + year + ".");
            }
            for (int hour = 0; hour < 24; hour++) {
                shares[hour] += counts[hour] / total / years.size();
            }
            trips += Math.round(total);
            dates.add(LocalDate.of(year, 2, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.THURSDAY)).toString());
        }
        return new HourShares(shares, trips, "Thursdays " + String.join(", ", dates));
    }

    private static double[] filledWithNaN() {
        double[] counts = new double[24];
        java.util.Arrays.fill(counts, Double.NaN);
        return counts;
    }
}
