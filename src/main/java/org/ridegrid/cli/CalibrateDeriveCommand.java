package org.ridegrid.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.Callable;

import org.ridegrid.calibrate.CalibrationFiles;
import org.ridegrid.calibrate.CalibrationInputException;
import org.ridegrid.calibrate.CalibrationInputs;
import org.ridegrid.calibrate.CityCalibration;
import org.ridegrid.calibrate.GridFrame;
import org.ridegrid.scenario.AnchorSpec;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Derives the demand tables of a city from the data files and writes them with a scenario fragment. */
@Command(name = "derive", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Derives demand tables from trip data and writes them as CSV files, each with comment lines"
                + " naming its source, date range and this command, plus scenario-fragment.yaml with the keys that"
                + " use them. Relative paths are relative to the working directory."})
final class CalibrateDeriveCommand implements Callable<Integer> {
    private static final String DATA = "../shared/data/";

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "cities/austin",
            description = "Folder to write the tables into; created when missing, files in it are replaced. Default: ${DEFAULT-VALUE}.")
    Path out;

    @Option(names = "--chicago-hourly", paramLabel = "FILE",
            defaultValue = DATA + "chicago_tnp_aggregates/chicago_tnp_hourly_first_thursday_feb_2019-2024.csv",
            description = "Chicago ride-hail trips by hour (columns year, hour, trip_count), for the weekday profile. Default: ${DEFAULT-VALUE}.")
    Path chicagoHourly;

    @Option(names = "--chicago-years", paramLabel = "YEAR[,YEAR...]", split = ",", defaultValue = "2019,2020,2023,2024",
            description = "Years whose hourly shares are averaged into the weekday profile. The default leaves out"
                    + " 2021 and 2022, whose Thursdays fell in the COVID-19 pandemic. Default: ${DEFAULT-VALUE}.")
    List<Integer> chicagoYears;

    @Option(names = "--nyc-trips", paramLabel = "FILE",
            defaultValue = DATA + "nyc_yellow_2019_samples/nyc_yellow_2019_monthly_samples.csv",
            description = "NYC taxi trips with a pickup_datetime or tpep_pickup_datetime column, for the weekend profile. Default: ${DEFAULT-VALUE}.")
    Path nycTrips;

    @Option(names = "--nyc-year", paramLabel = "YEAR", defaultValue = "2019",
            description = "Year of the NYC pickups counted; other years are left out. Default: ${DEFAULT-VALUE}.")
    int nycYear;

    @Option(names = "--nyc-daily", paramLabel = "FILE",
            defaultValue = DATA + "nyc_daily_trips_by_company/nyc_daily_trips_by_company_geography_2009-2017.csv",
            description = "NYC daily trips by company (columns date, geo, trips, parent_type), for the day-of-week factors. Default: ${DEFAULT-VALUE}.")
    Path nycDaily;

    @Option(names = "--daily-from", paramLabel = "DATE", defaultValue = "2017-01-01",
            description = "First date (YYYY-MM-DD) of the daily counts. Default: ${DEFAULT-VALUE}.")
    LocalDate dailyFrom;

    @Option(names = "--daily-to", paramLabel = "DATE", defaultValue = "2017-12-31",
            description = "Last date (YYYY-MM-DD) of the daily counts. Default: ${DEFAULT-VALUE}, the last full year of ride-hail counts in the file.")
    LocalDate dailyTo;

    @Option(names = "--rideaustin", paramLabel = "FILE", defaultValue = DATA + "rideaustin/rideaustin_2017-03-15_24h_trips.csv",
            description = "RideAustin trips (pickup and drop-off coordinates, trip_distance_m), for trip length and spatial weights. Default: ${DEFAULT-VALUE}.")
    Path rideAustin;

    @Option(names = "--reference", paramLabel = "LAT,LON", defaultValue = "30.2747,-97.7404",
            description = "Latitude and longitude, in degrees, of the grid centre. Default: ${DEFAULT-VALUE}, the Texas State Capitol in downtown Austin.")
    String reference;

    @Option(names = "--rotation", paramLabel = "DEGREES", defaultValue = "0",
            description = "Compass bearing of the grid's +y axis, in degrees, as city.anchor.rotation_degrees."
                    + " Default: ${DEFAULT-VALUE} (y north, x east).")
    double rotation;

    @Option(names = "--width-cells", paramLabel = "N", defaultValue = "40",
            description = "Grid width in cells, as city.width_cells. Default: ${DEFAULT-VALUE}.")
    int width;

    @Option(names = "--height-cells", paramLabel = "N", defaultValue = "40",
            description = "Grid height in cells, as city.height_cells. Default: ${DEFAULT-VALUE}.")
    int height;

    @Option(names = "--cell-miles", paramLabel = "MILES", defaultValue = "0.25",
            description = "Side of a cell in miles, as city.cell_miles. Default: ${DEFAULT-VALUE}.")
    double cellMiles;

    @Option(names = "--ks-alpha", paramLabel = "P", defaultValue = "0.01",
            description = "Significance level (0 to 1) of the Kolmogorov-Smirnov test of the trip lengths against"
                    + " the fitted lognormal. When the p-value is below it, the fragment uses the empirical table of"
                    + " quantiles instead of the lognormal. Default: ${DEFAULT-VALUE}.")
    double ksAlpha;

    @Option(names = "--nhts", paramLabel = "FILE", defaultValue = DATA + "nhts2009_ca_trips/nhts2009_ca_trip_times.csv",
            description = "NHTS trips (columns STRTTIME, TRAVDAY, WHYTRP1S), for the commute departure quantiles. Default: ${DEFAULT-VALUE}.")
    Path nhts;

    @Option(names = "--morning-from", paramLabel = "HOURS", defaultValue = "4",
            description = "Earliest start time of a trip to work counted as a morning departure, in hours. Default: ${DEFAULT-VALUE}.")
    double morningFrom;

    @Option(names = "--morning-to", paramLabel = "HOURS", defaultValue = "11",
            description = "Trips to work starting at or after this hour are left out, because after 11:00 most are"
                    + " returns from lunch. In hours. Default: ${DEFAULT-VALUE}.")
    double morningTo;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InvalidInputException, IOException {
        CalibrationInputs inputs = inputs();
        CityCalibration calibration;
        try {
            calibration = CityCalibration.derive(inputs);
        } catch (CalibrationInputException e) {
            throw new InvalidInputException(e.getMessage());
        }
        String command = "ridegrid" + arguments();
        List<Path> files = CalibrationFiles.write(calibration, inputs, out, command);
        PrintWriter output = spec.commandLine().getOut();
        CalibrationSummary.print(output, calibration, inputs);
        for (Path file : files) {
            output.println("Wrote " + file);
        }
        return 0;
    }

    private CalibrationInputs inputs() throws InvalidInputException {
        String[] parts = reference.split(",");
        double latitude;
        double longitude;
        try {
            if (parts.length != 2) {
                throw new NumberFormatException();
            }
            latitude = Double.parseDouble(parts[0].strip());
            longitude = Double.parseDouble(parts[1].strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("--reference '" + reference + "' is invalid: write LAT,LON in degrees,"
                    + " for example 30.2747,-97.7404.");
        }
        if (!(Math.abs(latitude) < 90) || !(Math.abs(longitude) <= 180)) {
            throw new InvalidInputException("--reference '" + reference + "' is invalid: the latitude must be between"
                    + " -90 and 90 and the longitude from -180 to 180.");
        }
        require(width >= 2 && height >= 2, "--width-cells and --height-cells must be at least 2");
        require(cellMiles > 0, "--cell-miles must be positive");
        require(ksAlpha >= 0 && ksAlpha <= 1, "--ks-alpha must be from 0 to 1");
        require(morningFrom >= 0 && morningFrom < morningTo && morningTo <= 24,
                "--morning-from must be 0 or more and less than --morning-to, which must be at most 24");
        require(!dailyFrom.isAfter(dailyTo), "--daily-from must not be after --daily-to");
        require(!chicagoYears.isEmpty(), "--chicago-years needs at least one year");
        SortedSet<Integer> years = new TreeSet<>(chicagoYears);
        GridFrame frame = new GridFrame(new AnchorSpec(latitude, longitude, rotation), width, height, cellMiles);
        return new CalibrationInputs(chicagoHourly, years, nycTrips, nycYear, nycDaily, dailyFrom, dailyTo, rideAustin,
                frame, latitude + ", " + longitude, ksAlpha, nhts, morningFrom, morningTo);
    }

    private static void require(boolean condition, String rule) throws InvalidInputException {
        if (!condition) {
            throw new InvalidInputException("invalid options: " + rule + ".");
        }
    }

    private String arguments() {
        StringBuilder text = new StringBuilder();
        for (String argument : spec.commandLine().getParseResult().originalArgs()) {
            text.append(' ').append(argument);
        }
        return text.toString();
    }
}
