package org.ridegrid.scenario;

import java.util.Arrays;
import java.util.Objects;

/**
 * Synthetic rider demand: a Poisson process whose hourly rate is requestsPerDay times the day's
 * factor times the hour's share of the day's profile.
 *
 * @param requestsPerDay mean requests on a day whose day-of-week factor is 1
 * @param dayOfWeekFactors seven factors, Monday first
 * @param maxWaitMinutes a rider not assigned a vehicle within this time after the request abandons
 * @param outOfArea trips that leave the grid
 * @param originWeights per-cell weights of request origins, or null to use the zones' demand weights
 * @param destinationWeights per-cell weights of trip destinations, or null to use the zones' attraction weights
 */
public record DemandSpec(
        double requestsPerDay,
        HourProfile weekdayProfile,
        HourProfile weekendProfile,
        double[] dayOfWeekFactors,
        TripLengthSpec tripLength,
        double maxWaitMinutes,
        OutOfAreaSpec outOfArea,
        CellWeightTable originWeights,
        CellWeightTable destinationWeights) {

    /** Creates demand whose origins and destinations follow the zones' weights. */
    public DemandSpec(double requestsPerDay, HourProfile weekdayProfile, HourProfile weekendProfile,
            double[] dayOfWeekFactors, TripLengthSpec tripLength, double maxWaitMinutes, OutOfAreaSpec outOfArea) {
        this(requestsPerDay, weekdayProfile, weekendProfile, dayOfWeekFactors, tripLength, maxWaitMinutes, outOfArea,
                null, null);
    }

    public DemandSpec {
        if (dayOfWeekFactors.length != 7) {
            throw new IllegalArgumentException("day_of_week_factors needs 7 values, got " + dayOfWeekFactors.length);
        }
        dayOfWeekFactors = dayOfWeekFactors.clone();
    }

    /** Returns the factor of a day of week, 0 = Monday. */
    public double dayOfWeekFactor(int mondayBasedDay) {
        return dayOfWeekFactors[mondayBasedDay];
    }

    @Override
    public double[] dayOfWeekFactors() {
        return dayOfWeekFactors.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DemandSpec d
                && requestsPerDay == d.requestsPerDay
                && weekdayProfile.equals(d.weekdayProfile)
                && weekendProfile.equals(d.weekendProfile)
                && Arrays.equals(dayOfWeekFactors, d.dayOfWeekFactors)
                && tripLength.equals(d.tripLength)
                && maxWaitMinutes == d.maxWaitMinutes
                && outOfArea.equals(d.outOfArea)
                && Objects.equals(originWeights, d.originWeights)
                && Objects.equals(destinationWeights, d.destinationWeights);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(dayOfWeekFactors) * 31 + tripLength.hashCode();
    }

    @Override
    public String toString() {
        return "DemandSpec[requestsPerDay=" + requestsPerDay + ", tripLength=" + tripLength + "]";
    }
}
