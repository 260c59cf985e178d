package org.ridegrid.calibrate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SortedSet;

/**
 * The data files and choices of one calibration.
 *
 * @param chicagoHourly Chicago ride-hail trips by hour of the first Thursday of February
 * @param chicagoYears years of that file whose profiles are averaged
 * @param nycTrips NYC taxi trips with pickup times
 * @param nycYear year of the NYC pickups to count
 * @param nycDaily NYC daily trips by company
 * @param dailyFrom first date of the daily counts
 * @param dailyTo last date of the daily counts
 * @param rideAustin RideAustin trips with coordinates and distances
 * @param frame the grid the RideAustin points are placed on
 * @param referenceText the reference point as written, for file headers
 * @param ksAlpha significance level of the Kolmogorov-Smirnov test below which the lognormal trip length is rejected
 * @param nhts NHTS trips with start times and purposes
 * @param morningFrom earliest departure to work kept, in hours
 * @param morningTo departures to work at or after this hour are left out
 */
public record CalibrationInputs(
        Path chicagoHourly,
        SortedSet<Integer> chicagoYears,
        Path nycTrips,
        int nycYear,
        Path nycDaily,
        LocalDate dailyFrom,
        LocalDate dailyTo,
        Path rideAustin,
        GridFrame frame,
        String referenceText,
        double ksAlpha,
        Path nhts,
        double morningFrom,
        double morningTo) {
}
