package org.ridegrid.output;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVPrinter;
import org.ridegrid.metrics.VehicleStats;
import org.ridegrid.model.EmptyReason;
import org.ridegrid.model.RideGridModel;
import org.ridegrid.model.Vehicle;
import org.ridegrid.model.VehicleState;

/** Writes vehicles.csv: one row per vehicle with its hours by state, miles by reason and energy. */
public final class VehiclesCsv {
    private VehiclesCsv() {
    }

    public static List<String> header() {
        List<String> header = new ArrayList<>(List.of("vehicle", "fleet", "kind"));
        for (VehicleState state : VehicleState.values()) {
            header.add("hours_" + state.name().toLowerCase(Locale.ROOT));
        }
        header.add("occupied_miles");
        header.add("empty_miles");
        for (EmptyReason reason : EmptyReason.values()) {
            header.add("empty_miles_" + reason.key());
        }
        header.addAll(List.of("empty_return_trips", "riders_served", "revenue", "owner_miles", "depot_visits",
                "energy_used_kwh", "energy_charged_kwh", "charge_sessions", "final_soc_share", "final_x", "final_y"));
        return header;
    }

    public static void write(Writer writer, RideGridModel model, VehicleStats stats) throws IOException {
        CSVPrinter printer = Csv.printer(writer, header().toArray(new String[0]));
        for (int v = 0; v < model.vehicleCount(); v++) {
            Vehicle vehicle = model.vehicle(v);
            List<String> row = new ArrayList<>();
            row.add(vehicle.id());
            row.add(vehicle.fleet().name());
            row.add(vehicle.fleet().spec().kind().key());
            for (VehicleState state : VehicleState.values()) {
                row.add(Csv.number(stats.stateSeconds(v, state) / 3600.0));
            }
            row.add(Csv.number(stats.occupiedMiles(v)));
            row.add(Csv.number(stats.emptyMiles(v)));
            for (EmptyReason reason : EmptyReason.values()) {
                row.add(Csv.number(stats.miles(v, VehicleStats.mileColumn(reason))));
            }
            row.add(Long.toString(stats.emptyReturnTrips(v)));
            row.add(Long.toString(stats.ridersServed(v)));
            row.add(Csv.number(stats.revenue(v)));
            row.add(Csv.number(stats.ownerMiles(v)));
            row.add(Long.toString(stats.depotVisits(v)));
            row.add(Csv.number(stats.kwhUsed(v)));
            row.add(Csv.number(stats.kwhCharged(v)));
            row.add(Long.toString(stats.chargeSessions(v)));
            row.add(Csv.number(vehicle.battery().share()));
            row.add(Integer.toString(model.city().x(vehicle.cell())));
            row.add(Integer.toString(model.city().y(vehicle.cell())));
            printer.printRecord(row);
        }
        printer.flush();
    }
}
