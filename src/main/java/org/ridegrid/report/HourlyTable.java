package org.ridegrid.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.ridegrid.model.VehicleState;

/**
 * hourly.csv of a run folder in memory: one row per simulated hour and fleet, and a row with
 * fleet {@code all} for the city. Charts draw their hour-of-day series from here, so they show
 * the same numbers as the file.
 */
final class HourlyTable {
    static final String CITY = "all";
    private static final List<String> TEXT_COLUMNS = List.of("weekday", "fleet");

    private final CsvTable table;
    private final int[] days;
    private final int[] hoursOfDay;

    private HourlyTable(CsvTable table, int[] days, int[] hoursOfDay) {
        this.table = table;
        this.days = days;
        this.hoursOfDay = hoursOfDay;
    }

    static HourlyTable read(Path file) throws ReportInputException {
        CsvTable table = CsvTable.read(file, requiredColumns());
        int[] days = new int[table.size()];
        int[] hoursOfDay = new int[table.size()];
        List<String> numeric = new ArrayList<>(table.columns());
        numeric.removeAll(TEXT_COLUMNS);
        for (int row = 0; row < table.size(); row++) {
            // Every number is checked here, so that a damaged file fails before any chart is drawn.
            for (String column : numeric) {
                table.number(row, column);
            }
            days[row] = table.integer(row, "day");
            hoursOfDay[row] = table.integer(row, "hour_of_day");
            if (hoursOfDay[row] < 0 || hoursOfDay[row] >= HourOfDayProfile.HOURS) {
                throw new ReportInputException(file + " line " + table.line(row) + ": hour_of_day = " + hoursOfDay[row]
                        + " is outside 0-23.");
            }
        }
        if (table.size() == 0) {
            throw new ReportInputException(file + " has a header but no rows: the run recorded no hours.");
        }
        return new HourlyTable(table, days, hoursOfDay);
    }

    /** Returns the columns the charts read. */
    static List<String> requiredColumns() {
        List<String> columns = new ArrayList<>(List.of("hour", "day", "hour_of_day", "fleet", "abandoned",
                "wait_p50_min", "wait_p90_min", "wait_p95_min", "mean_soc_share"));
        for (VehicleState state : VehicleState.values()) {
            columns.add(stateColumn(state));
        }
        return columns;
    }

    static String stateColumn(VehicleState state) {
        return "vehicles_" + state.name().toLowerCase(Locale.ROOT);
    }

    Path file() {
        return table.file();
    }

    /** Returns the fleet names in the order of the file, without {@code all}. */
    List<String> fleets() {
        Set<String> names = new LinkedHashSet<>();
        for (int row = 0; row < table.size(); row++) {
            String fleet = table.text(row, "fleet");
            if (!fleet.equals(CITY)) {
                names.add(fleet);
            }
        }
        return new ArrayList<>(names);
    }

    /** Returns the mean day of the sum of {@code columns} in the rows of {@code fleet}. */
    HourOfDayProfile profile(String fleet, List<String> columns) throws ReportInputException {
        HourOfDayProfile.Builder builder = new HourOfDayProfile.Builder();
        for (int row = 0; row < table.size(); row++) {
            if (!table.text(row, "fleet").equals(fleet)) {
                continue;
            }
            double sum = 0;
            for (String column : columns) {
                sum += table.number(row, column);
            }
            builder.add(hoursOfDay[row], sum);
        }
        return builder.build();
    }

    HourOfDayProfile profile(String fleet, String column) throws ReportInputException {
        return profile(fleet, List.of(column));
    }

    /** Returns the number of days the file covers (highest day + 1). */
    int days() {
        int max = -1;
        for (int day : days) {
            max = Math.max(max, day);
        }
        return max + 1;
    }
}
