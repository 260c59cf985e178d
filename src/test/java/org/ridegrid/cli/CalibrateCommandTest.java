package org.ridegrid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalibrateCommandTest {
    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int execute(String... args) {
        return RideGridCli.execute(new PrintWriter(out), new PrintWriter(err), args);
    }

    /** Writes one small data file per source, in the real files' column layout, and returns the options naming them. */
    private List<String> fixtureOptions() throws IOException {
        StringBuilder chicago = new StringBuilder("year,month,hour,trip_count\n");
        for (int hour = 0; hour < 24; hour++) {
            chicago.append("2019,2,").append(hour).append(',').append(hour + 1).append('\n');
        }
        StringBuilder daily = new StringBuilder("car_type,date,geo,trips,parent_type\n");
        for (int day = 0; day < 7; day++) {
            daily.append("Uber,").append(LocalDate.of(2017, 3, 13).plusDays(day)).append(",total,100,Ride-hailing apps\n");
        }
        StringBuilder austin = new StringBuilder("ride_id,pickup_time,pickup_lat,pickup_lon,dropoff_lat,dropoff_lon,trip_distance_m\n");
        for (int i = 1; i <= 50; i++) {
            austin.append(i).append(",2017-03-15 10:00:00,30.27,-97.74,30.28,-97.75,").append(500 * i).append('\n');
        }
        List<String> options = new ArrayList<>(List.of(
                "--chicago-hourly", write("chicago.csv", chicago.toString()),
                "--chicago-years", "2019",
                "--nyc-trips", write("nyc.csv", "pickup_datetime\n2019-03-23 10:00:00\n2019-03-24 11:00:00\n"),
                "--nyc-daily", write("daily.csv", daily.toString()),
                "--rideaustin", write("austin.csv", austin.toString()),
                "--nhts", write("nhts.csv", "STRTTIME,TRAVDAY,WHYTRP1S\n0700,3,10\n0800,4,10\n"),
                "--out", folder.resolve("city").toString()));
        return options;
    }

    private String write(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, text);
        return file.toString();
    }

    @Test
    void deriveWritesTablesAndFragment() throws IOException {
        List<String> args = new ArrayList<>(List.of("calibrate", "derive"));
        args.addAll(fixtureOptions());
        assertEquals(0, execute(args.toArray(String[]::new)), err.toString());

        Path city = folder.resolve("city");
        String weekday = Files.readString(city.resolve("weekday_profile.csv"));
        assertTrue(weekday.contains("\nhour,share\n0,0.00333333\n"), weekday);
        assertTrue(weekday.contains("# Command: ridegrid calibrate derive --chicago-hourly "), weekday);
        String weekend = Files.readString(city.resolve("weekend_profile.csv"));
        assertTrue(weekend.contains("\n10,0.5\n11,0.5\n"), weekend);
        String fragment = Files.readString(city.resolve("scenario-fragment.yaml"));
        assertTrue(fragment.contains("  origin_weights_file: city/origin_weights.csv\n"), fragment);
        assertTrue(fragment.contains("  day_of_week_factors: [1, 1, 1, 1, 1, 1, 1]\n"), fragment);
        assertTrue(out.toString().contains("Wrote " + city.resolve("trip_length.csv")), out.toString());
        assertFalse(Files.exists(city.resolve(".weekday_profile.csv.tmp")));
    }

    @Test
    void badDataValueExitsWithCodeTwo() throws IOException {
        List<String> args = new ArrayList<>(List.of("calibrate", "derive"));
        args.addAll(fixtureOptions());
        String nhts = write("nhts.csv", "STRTTIME,TRAVDAY,WHYTRP1S\n0700,3,10\n0800,Tuesday,10\n");
        args.set(args.indexOf("--nhts") + 1, nhts);
        assertEquals(2, execute(args.toArray(String[]::new)));
        assertEquals("error: " + nhts + ":3: column TRAVDAY = \"Tuesday\" is not an integer.\n", err.toString());
    }

    @Test
    void missingDataFileExitsWithCodeTwo() {
        Path missing = folder.resolve("none.csv");
        assertEquals(2, execute("calibrate", "derive", "--chicago-hourly", missing.toString(), "--out", folder.toString()));
        assertTrue(err.toString().startsWith("error: " + missing + " does not exist"), err.toString());
        assertFalse(err.toString().contains("Exception"), err.toString());
    }

    @Test
    void badReferenceExitsWithCodeTwo() {
        assertEquals(2, execute("calibrate", "derive", "--reference", "downtown", "--out", folder.toString()));
        assertTrue(err.toString().contains("--reference 'downtown' is invalid"), err.toString());
    }

    @Test
    void checkPrintsLargestDifference() {
        assertEquals(0, execute("calibrate", "check", "cities/austin.yaml", "--days", "2"), err.toString());
        String text = out.toString();
        assertTrue(text.contains("hour  simulated  profile  difference  tolerance"), text);
        assertTrue(text.contains("Largest difference: "), text);
        assertTrue(text.contains("weekend: no requests drawn"), text);
    }

    @Test
    void helpNamesUnitsAndDefaults() {
        assertEquals(0, execute("calibrate", "derive", "--help"));
        // Help text wraps at a fixed width, so words are compared with the line breaks taken out.
        String help = out.toString().replaceAll("\\s+", " ");
        assertTrue(help.contains("Default: 30.2747,-97.7404"), help);
        assertTrue(help.contains("in hours"), help);
        assertTrue(help.contains("Default: 2019,2020,2023,2024"), help);
    }
}
