package org.ridegrid.output;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVPrinter;
import org.ridegrid.city.SimCalendar;
import org.ridegrid.metrics.HourlyStats;
import org.ridegrid.metrics.VehicleStats;
import org.ridegrid.model.EmptyReason;
import org.ridegrid.model.Fleet;
import org.ridegrid.model.RideGridModel;
import org.ridegrid.model.VehicleState;

/**
 * Writes hourly.csv: for every simulated hour one row per fleet, then one row "all" for the city.
 * Request, rejection, priced-out, abandonment and deficit columns belong to the city and are empty in fleet
 * rows, because a rider who was never assigned belongs to no fleet.
 */
public final class HourlyCsv {
    private HourlyCsv() {
    }

    public static List<String> header() {
        List<String> header = new ArrayList<>(List.of("hour", "day", "weekday", "hour_of_day", "fleet",
                "requests", "rejected", "priced_out", "abandoned", "pickups", "served",
                "wait_p50_min", "wait_p90_min", "wait_p95_min"));
        for (VehicleState state : VehicleState.values()) {
            header.add("vehicles_" + state.name().toLowerCase(Locale.ROOT));
        }
        header.add("occupied_miles");
        header.add("empty_miles");
        for (EmptyReason reason : EmptyReason.values()) {
            header.add("empty_miles_" + reason.key());
        }
        header.addAll(List.of("empty_return_trips", "charged_kwh", "mean_soc_share", "vehicle_deficit"));
        return header;
    }

    public static void write(Writer writer, RideGridModel model, HourlyStats hourly) throws IOException {
        CSVPrinter printer = Csv.printer(writer, header().toArray(new String[0]));
        SimCalendar calendar = model.calendar();
        List<Fleet> fleets = model.fleets();
        for (int hour = 0; hour < hourly.hours(); hour++) {
            double time = hour * SimCalendar.SECONDS_PER_HOUR;
            List<String> prefix = List.of(Integer.toString(hour), Integer.toString(calendar.dayIndex(time)),
                    calendar.weekday(time).name().toLowerCase(Locale.ROOT), Integer.toString(calendar.hourOfDay(time)));
            for (Fleet fleet : fleets) {
                List<String> row = new ArrayList<>(prefix);
                row.add(fleet.name());
                row.addAll(List.of("", "", "", ""));
                addFleetColumns(row, hourly, hour, List.of(fleet), fleet.index());
                row.add("");
                printer.printRecord(row);
            }
            List<String> all = new ArrayList<>(prefix);
            all.add("all");
            all.add(Long.toString(hourly.requests(hour)));
            all.add(Long.toString(hourly.rejected(hour)));
            all.add(Long.toString(hourly.pricedOut(hour)));
            all.add(Long.toString(hourly.abandoned(hour)));
            addFleetColumns(all, hourly, hour, fleets, hourly.fleets());
            all.add(Csv.number(hourly.vehicleDeficit(hour)));
            printer.printRecord(all);
        }
        printer.flush();
    }

    /** Appends pickup through mean SOC columns summed over {@code fleets}; waits come from row {@code waitRow}. */
    private static void addFleetColumns(List<String> row, HourlyStats hourly, int hour, List<Fleet> fleets, int waitRow) {
        long served = 0;
        long emptyReturns = 0;
        double charged = 0;
        double socWeighted = 0;
        int vehicles = 0;
        double[] states = new double[VehicleState.count()];
        double[] miles = new double[VehicleStats.MILE_COLUMNS];
        for (Fleet fleet : fleets) {
            int f = fleet.index();
            served += hourly.dropoffs(f, hour);
            emptyReturns += hourly.emptyReturnTrips(f, hour);
            charged += hourly.chargedKwh(f, hour);
            socWeighted += hourly.meanSocShare(f, hour) * fleet.vehicles().size();
            vehicles += fleet.vehicles().size();
            for (VehicleState state : VehicleState.values()) {
                states[state.ordinal()] += hourly.meanVehicles(f, hour, state);
            }
            for (int column = 0; column < miles.length; column++) {
                miles[column] += hourly.miles(f, hour, column);
            }
        }
        row.add(Long.toString(hourly.pickups(waitRow, hour)));
        row.add(Long.toString(served));
        for (int column = 0; column < 3; column++) {
            row.add(Csv.number(hourly.waitPercentile(waitRow, hour, column) / 60.0));
        }
        for (double mean : states) {
            row.add(Csv.number(mean));
        }
        double empty = 0;
        for (int column = 1; column < miles.length; column++) {
            empty += miles[column];
        }
        row.add(Csv.number(miles[0]));
        row.add(Csv.number(empty));
        for (int column = 1; column < miles.length; column++) {
            row.add(Csv.number(miles[column]));
        }
        row.add(Long.toString(emptyReturns));
        row.add(Csv.number(charged));
        row.add(Csv.number(vehicles == 0 ? Double.NaN : socWeighted / vehicles));
    }
}
