package org.ridegrid.calibrate;

/**
 * Every table of one city's calibration, derived from the data files of {@link CalibrationInputs}.
 */
public record CityCalibration(
        HourShares weekday,
        HourShares weekend,
        DayOfWeekFactors.Result days,
        TripLengthFit.Result tripLength,
        SpatialWeights.Result spatial,
        CommuteDepartures.Result departures) {

    /** Reads every data file and derives every table. */
    public static CityCalibration derive(CalibrationInputs inputs) throws CalibrationInputException {
        return new CityCalibration(
                ChicagoWeekdayProfile.derive(inputs.chicagoHourly(), inputs.chicagoYears()),
                NycWeekendProfile.derive(inputs.nycTrips(), inputs.nycYear()),
                DayOfWeekFactors.derive(inputs.nycDaily(), inputs.dailyFrom(), inputs.dailyTo()),
                TripLengthFit.fromRideAustin(inputs.rideAustin(), inputs.ksAlpha()),
                SpatialWeights.fromRideAustin(inputs.rideAustin(), inputs.frame()),
                CommuteDepartures.fromNhts(inputs.nhts(), inputs.morningFrom(), inputs.morningTo()));
    }
}
