package org.ridegrid.calibrate;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Derives the weekend profile from NYC taxi trips: the share of Saturday and Sunday pickups in each
 * hour of day. Pickups outside {@code year} are skipped, because the samples hold a few trips with
 * wrong timestamps (2008, say).
 */
public final class NycWeekendProfile {
    /** Pickup time column of the TLC 2019 samples; the raw seaborn file calls it tpep_pickup_datetime. */
    static final String PICKUP = "pickup_datetime";
    static final String TPEP_PICKUP = "tpep_pickup_datetime";

    private NycWeekendProfile() {
    }

    public static HourShares derive(Path file, int year) throws CalibrationInputException {
        long[] counts = new long[24];
        long trips = 0;
        LocalDate first = null;
        LocalDate last = null;
        try (SourceCsv csv = SourceCsv.open(file)) {
            String column = csv.hasColumn(PICKUP) ? PICKUP : TPEP_PICKUP;
            if (!csv.hasColumn(column)) {
                throw new CalibrationInputException(file + ":1: the header has neither " + PICKUP + " nor "
                        + TPEP_PICKUP + ", so it is not a TLC trip file.");
            }
            while (csv.next()) {
                LocalDateTime pickup = csv.dateTime(column);
                DayOfWeek day = pickup.getDayOfWeek();
                if (pickup.getYear() != year || (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY)) {
                    continue;
                }
                counts[pickup.getHour()]++;
                trips++;
                LocalDate date = pickup.toLocalDate();
                first = first == null || date.isBefore(first) ? date : first;
                last = last == null || date.isAfter(last) ? date : last;
            }
        }
        if (trips == 0) {
            throw new CalibrationInputException(file + " has no Saturday or Sunday pickups in " + year
                    + ". Check the file and --nyc-year.");
        }
        double[] shares = new double[24];
        for (int hour = 0; hour < 24; hour++) {
            shares[hour] = counts[hour] / (double) trips;
        }
        return new HourShares(shares, trips, "Saturdays and Sundays from " + first + " to " + last);
    }
}
