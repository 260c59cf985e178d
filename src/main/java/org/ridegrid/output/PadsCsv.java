package org.ridegrid.output;

import java.io.IOException;
import java.io.Writer;

import org.apache.commons.csv.CSVPrinter;
import org.ridegrid.energy.ChargingPad;
import org.ridegrid.metrics.PadStats;
import org.ridegrid.model.RideGridModel;
import org.ridegrid.scenario.ChargingSpec;

/** Writes pads.csv: one row per pad with its sessions, energy, owner commission and use. */
public final class PadsCsv {
    private PadsCsv() {
    }

    public static void write(Writer writer, RideGridModel model, PadStats stats) throws IOException {
        CSVPrinter printer = Csv.printer(writer, "pad", "x", "y", "zone", "places", "power_kw", "sessions",
                "energy_kwh", "commission", "busy_place_hours", "busy_place_share");
        ChargingSpec charging = model.scenario().charging();
        double horizonHours = model.horizon() / 3600.0;
        for (ChargingPad pad : model.pads().pads()) {
            int id = pad.id();
            double busyHours = stats.busySeconds(id) / 3600.0;
            printer.printRecord(id, model.city().x(pad.cell()), model.city().y(pad.cell()),
                    model.city().zones().get(model.city().zoneOf(pad.cell())).name(), pad.places(),
                    Csv.number(pad.powerKw()), stats.sessions(id), Csv.number(stats.kwh(id)),
                    Csv.number(stats.kwh(id) * charging.commissionPerKwh() + stats.sessions(id) * charging.commissionPerSession()),
                    Csv.number(busyHours), Csv.number(busyHours / (pad.places() * horizonHours)));
        }
        printer.flush();
    }
}
