package org.ridegrid.calibrate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.TreeMap;

/**
 * Derives day-of-week factors from NYC daily trip counts by company. The ride-hail apps' trips in
 * the whole city (parent_type "Ride-hailing apps", geo "total") are summed per date and averaged
 * per day of the week. Each mean is divided by the mean of Monday to Friday, so the mean weekday is 1.
 */
public final class DayOfWeekFactors {
    static final String RIDE_HAIL = "Ride-hailing apps";
    static final String WHOLE_CITY = "total";

    private DayOfWeekFactors() {
    }

    /**
     * @param factors seven factors, Monday first
     * @param dates dates counted
     * @param dateRange the first and last date, as text for file headers
     */
    public record Result(double[] factors, int dates, String dateRange) {
        public Result {
            factors = factors.clone();
        }

        @Override
        public double[] factors() {
            return factors.clone();
        }
    }

    /** Reads the daily file (columns date, geo, trips, parent_type) for the dates from {@code from} to {@code to}. */
    public static Result derive(Path file, LocalDate from, LocalDate to) throws CalibrationInputException {
        TreeMap<LocalDate, Double> tripsByDate = new TreeMap<>();
        try (SourceCsv csv = SourceCsv.open(file, "date", "geo", "trips", "parent_type")) {
            while (csv.next()) {
                if (!RIDE_HAIL.equals(csv.text("parent_type")) || !WHOLE_CITY.equals(csv.text("geo"))) {
                    continue;
                }
                LocalDate date = csv.date("date");
                if (date.isBefore(from) || date.isAfter(to)) {
                    continue;
                }
                double trips = csv.number("trips");
                if (trips < 0) {
                    throw csv.invalid("trips", csv.text("trips"), "must be 0 or more.");
                }
                tripsByDate.merge(date, trips, Double::sum);
            }
        }

        double[] sums = new double[7];
        int[] days = new int[7];
        for (var entry : tripsByDate.entrySet()) {
            int day = entry.getKey().getDayOfWeek().getValue() - 1;
            sums[day] += entry.getValue();
            days[day]++;
        }
        double[] means = new double[7];
        for (int day = 0; day < 7; day++) {
            if (days[day] == 0) {
                throw new CalibrationInputException(file + " has no ride-hail counts for "
                        + java.time.DayOfWeek.of(day + 1) + " from " + from + " to " + to + ". Choose a longer date range.");
            }
            means[day] = sums[day] / days[day];
        }
        double weekdayMean = (means[0] + means[1] + means[2] + means[3] + means[4]) / 5;
        if (weekdayMean <= 0) {
            throw new CalibrationInputException(file + " counts no ride-hail trips on weekdays from " + from + " to " + to + ".");
        }
        double[] factors = new double[7];
        for (int day = 0; day < 7; day++) {
            factors[day] = means[day] / weekdayMean;
        }
        return new Result(factors, tripsByDate.size(), tripsByDate.firstKey() + " to " + tripsByDate.lastKey());
    }
}
