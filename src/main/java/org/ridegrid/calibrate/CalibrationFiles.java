package org.ridegrid.calibrate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.ridegrid.output.AtomicFiles;

/**
 * Writes the tables of a {@link CityCalibration} into a folder, each under a temporary name that is
 * then renamed, and a YAML fragment that uses them.
 */
public final class CalibrationFiles {
    public static final String WEEKDAY = "weekday_profile.csv";
    public static final String WEEKEND = "weekend_profile.csv";
    public static final String DAYS = "day_of_week_factors.csv";
    public static final String TRIP_LENGTH = "trip_length.csv";
    public static final String ORIGINS = "origin_weights.csv";
    public static final String DESTINATIONS = "destination_weights.csv";
    public static final String DEPARTURES = "commute_departures.csv";
    public static final String FRAGMENT = "scenario-fragment.yaml";

    private static final String[] WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

    private final CityCalibration calibration;
    private final CalibrationInputs inputs;
    private final String command;

    private CalibrationFiles(CityCalibration calibration, CalibrationInputs inputs, String command) {
        this.calibration = calibration;
        this.inputs = inputs;
        this.command = command;
    }

    /** Writes every table and the fragment into {@code folder}, creating it; returns the files written. */
    public static List<Path> write(CityCalibration calibration, CalibrationInputs inputs, Path folder, String command)
            throws IOException {
        Files.createDirectories(folder);
        CalibrationFiles files = new CalibrationFiles(calibration, inputs, command);
        List<Path> written = new ArrayList<>();
        written.add(write(folder.resolve(WEEKDAY), files.weekday()));
        written.add(write(folder.resolve(WEEKEND), files.weekend()));
        written.add(write(folder.resolve(DAYS), files.days()));
        written.add(write(folder.resolve(TRIP_LENGTH), files.tripLength()));
        written.add(write(folder.resolve(ORIGINS), files.weights(true)));
        written.add(write(folder.resolve(DESTINATIONS), files.weights(false)));
        written.add(write(folder.resolve(DEPARTURES), files.departures()));
        written.add(write(folder.resolve(FRAGMENT), ScenarioFragment.text(calibration, folder, command)));
        return written;
    }

    private static Path write(Path file, String text) throws IOException {
        AtomicFiles.writeString(file, text);
        return file;
    }

    private String weekday() {
        HourShares profile = calibration.weekday();
        TableText table = new TableText("Weekday demand: share of the day's ride-hail trips in each hour, mean of the"
                + " chosen years' shares.", CalibrationSources.CHICAGO + ", file " + name(inputs.chicagoHourly()) + ".",
                profile.dateRange() + ", years " + inputs.chicagoYears() + ", " + profile.trips() + " trips.", command);
        return hours(table, profile);
    }

    private String weekend() {
        HourShares profile = calibration.weekend();
        TableText table = new TableText("Weekend demand: share of Saturday and Sunday taxi pickups in each hour.",
                CalibrationSources.NYC_TRIPS + ", file " + name(inputs.nycTrips()) + ".",
                profile.dateRange() + ", " + profile.trips() + " pickups.", command);
        return hours(table, profile);
    }

    private static String hours(TableText table, HourShares profile) {
        table.row("hour", "share");
        double[] shares = profile.shares();
        for (int hour = 0; hour < shares.length; hour++) {
            table.row(Integer.toString(hour), TableText.number(shares[hour]));
        }
        return table.text();
    }

    private String days() {
        DayOfWeekFactors.Result days = calibration.days();
        TableText table = new TableText("Day-of-week factors: mean ride-hail trips on each day of the week in the"
                + " whole city, divided by the mean of Monday to Friday.",
                CalibrationSources.NYC_DAILY + ", file " + name(inputs.nycDaily()) + ", rows with parent_type "
                        + DayOfWeekFactors.RIDE_HAIL + " and geo " + DayOfWeekFactors.WHOLE_CITY + ".",
                days.dateRange() + ", " + days.dates() + " dates.", command);
        table.row("weekday", "factor");
        double[] factors = days.factors();
        for (int day = 0; day < 7; day++) {
            table.row(WEEKDAYS[day], TableText.number(factors[day]));
        }
        return table.text();
    }

    private String tripLength() {
        TripLengthFit.Result fit = calibration.tripLength();
        TableText table = new TableText("Trip length: quantiles of the driven distance of completed trips, in miles.",
                CalibrationSources.RIDEAUSTIN + ", file " + name(inputs.rideAustin()) + ", column trip_distance_m.",
                calibration.spatial().dateRange() + ", " + fit.trips() + " trips (" + fit.skipped()
                        + " of distance 0 left out).", command);
        table.comment("Lognormal maximum likelihood fit: mu " + TableText.number(fit.mu()) + ", sigma "
                + TableText.number(fit.sigma()) + " (mean " + TableText.number(fit.meanMiles()) + " miles, sd "
                + TableText.number(fit.sdMiles()) + " miles).");
        table.comment("Kolmogorov-Smirnov statistic " + TableText.number(fit.ksStatistic()) + ", p-value "
                + TableText.number(fit.pValue()) + ", significance level " + TableText.number(fit.alpha()) + ": "
                + (fit.useEmpirical()
                        ? "the fit is poor, so the scenario uses this table." : "the lognormal fits, so the scenario uses it."));
        table.row("share", "miles");
        double[] shares = fit.shares();
        double[] miles = fit.miles();
        for (int i = 0; i < shares.length; i++) {
            table.row(TableText.number(shares[i]), TableText.number(miles[i]));
        }
        return table.text();
    }

    private String weights(boolean origins) {
        SpatialWeights.Result spatial = calibration.spatial();
        GridFrame frame = inputs.frame();
        long[] counts = origins ? spatial.origins() : spatial.destinations();
        int outside = origins ? spatial.originsOutside() : spatial.destinationsOutside();
        String what = origins ? "pickups" : "drop-offs";
        TableText table = new TableText("Spatial demand: " + what + " per cell of a " + frame.width() + " x "
                + frame.height() + " grid of " + TableText.number(frame.cellMiles()) + " mile cells, centred on "
                + inputs.referenceText() + ", x east and y north. Cells with none are not listed.",
                CalibrationSources.RIDEAUSTIN + ", file " + name(inputs.rideAustin()) + ", columns "
                        + (origins ? "pickup_lat, pickup_lon." : "dropoff_lat, dropoff_lon."),
                spatial.dateRange() + ", " + spatial.trips() + " trips, " + outside + " " + what
                        + " outside the grid left out.", command);
        table.row("x", "y", "weight");
        for (int cell = 0; cell < counts.length; cell++) {
            if (counts[cell] > 0) {
                table.row(Integer.toString(cell % frame.width()), Integer.toString(cell / frame.width()),
                        Long.toString(counts[cell]));
            }
        }
        return table.text();
    }

    private String departures() {
        CommuteDepartures.Result result = calibration.departures();
        TableText table = new TableText("Commute departures: quantiles of the start time of weekday trips to work"
                + " (WHYTRP1S 10, TRAVDAY 2 to 6) from " + TableText.number(inputs.morningFrom()) + " h up to "
                + TableText.number(inputs.morningTo()) + " h, in decimal hours. Unweighted survey records.",
                CalibrationSources.NHTS + ", file " + name(inputs.nhts()) + ".",
                "travel days of the 2009 NHTS (the file has no dates), " + result.trips() + " trips.", command);
        table.row("share", "hour");
        double[] shares = result.shares();
        double[] hours = result.hours();
        for (int i = 0; i < shares.length; i++) {
            table.row(TableText.number(shares[i]), TableText.number(hours[i]));
        }
        return table.text();
    }

    private static String name(Path file) {
        return file.getFileName().toString();
    }
}
