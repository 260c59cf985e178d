package org.ridegrid.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.ridegrid.output.Numbers;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The headline numbers of report pages, as table rows: the label first, then one value per run
 * (city numbers) or per fleet of a run (fleet numbers). Values are as in summary.json.
 */
final class Headline {
    /** One fleet of one run: a column of the fleet table. */
    record FleetColumn(RunData run, String fleet) {
    }

    private Headline() {
    }

    static List<List<String>> cityRows(List<RunData> runs) throws ReportInputException {
        List<List<String>> rows = new ArrayList<>();
        rows.add(row("Simulated days", runs, run -> Numbers.format(run.days(), 0)));
        rows.add(row("Requests", runs, run -> number(run, "requests.total", 0)));
        rows.add(row("Requests per day", runs, run ->
                Numbers.format(run.summary().number("requests.total") / run.days(), 1)));
        rows.add(row("Served", runs, run -> number(run, "requests.served", 0)));
        rows.add(row("Abandoned", runs, run -> number(run, "requests.abandoned", 0)));
        rows.add(row("Abandoned share", runs, run -> percent(run.summary().number("abandoned_share"))));
        rows.add(row("Rejected", runs, run -> number(run, "requests.rejected", 0)));
        rows.add(row("Picked up within 10 min (share of all requests)", runs,
                run -> percent(run.summary().number("picked_up_within_10_min"))));
        for (String key : List.of("mean", "p50", "p90", "p95")) {
            rows.add(row("Wait " + key + " (min)", runs, run -> number(run, "wait_minutes." + key, 2)));
        }
        rows.add(row("Abandoned in the morning peak", runs, run -> number(run, "peaks.am.abandoned", 0)));
        rows.add(row("Abandoned in the evening peak", runs, run -> number(run, "peaks.pm.abandoned", 0)));
        rows.add(row("Pads / places", runs, run -> number(run, "pads.count", 0) + " / " + number(run, "pads.places", 0)));
        return rows;
    }

    static List<List<String>> fleetRows(List<FleetColumn> columns) throws ReportInputException {
        List<List<String>> rows = new ArrayList<>();
        rows.add(fleetRow("Vehicles", columns, (run, fleet) -> fleetNumber(run, fleet, "vehicles", 0)));
        rows.add(fleetRow("Utilization (occupied / on-duty hours)", columns,
                (run, fleet) -> percent(run.summary().number(fleet, "utilization"))));
        rows.add(fleetRow("Idle share of on-duty hours", columns,
                (run, fleet) -> percent(run.summary().number(fleet, "idle_share"))));
        rows.add(fleetRow("Occupied share of miles", columns,
                (run, fleet) -> percent(run.summary().number(fleet, "occupied_mile_share"))));
        rows.add(fleetRow("Riders served", columns, (run, fleet) -> fleetNumber(run, fleet, "riders_served", 0)));
        rows.add(fleetRow("Riders per vehicle-day", columns,
                (run, fleet) -> fleetNumber(run, fleet, "riders_per_vehicle_day", 2)));
        rows.add(fleetRow("Occupied miles", columns, (run, fleet) -> fleetNumber(run, fleet, "miles.occupied", 0)));
        rows.add(fleetRow("Empty miles", columns, (run, fleet) -> fleetNumber(run, fleet, "miles.empty", 0)));
        rows.add(fleetRow("Empty return trips", columns, (run, fleet) -> fleetNumber(run, fleet, "empty_return_trips", 0)));
        rows.add(fleetRow("Energy charged (kWh)", columns, (run, fleet) -> fleetNumber(run, fleet, "energy.charged_kwh", 0)));
        boolean anyEconomics = columns.stream().anyMatch(column -> column.run().economics().isPresent());
        if (anyEconomics) {
            rows.add(economicsRow("Revenue ($)", columns, economics -> Numbers.format(economics.revenue(), 0)));
            rows.add(economicsRow("Operating cost ($)", columns, economics -> Numbers.format(economics.cost(), 0)));
            rows.add(economicsRow("Profit per vehicle-day ($)", columns,
                    economics -> Numbers.format(economics.profitPerVehicleDay(), 2)));
            rows.add(economicsRow("Payback (days)", columns, economics -> Double.isFinite(economics.paybackDays())
                    ? Numbers.format(economics.paybackDays(), 1) : "never"));
        }
        return rows;
    }

    /** Returns the economics of one fleet of a run, if the run's summary has them. */
    static Optional<Economics> economics(RunData run, String fleet) {
        return run.economics().flatMap(list -> list.stream().filter(e -> e.fleet().equals(fleet)).findFirst());
    }

    static String percent(double share) {
        return Double.isNaN(share) ? "n/a" : Numbers.format(share * 100, 1) + " %";
    }

    private static String number(RunData run, String path, int decimals) throws ReportInputException {
        return defined(Numbers.format(run.summary().number(path), decimals));
    }

    private static String fleetNumber(RunData run, JsonNode fleet, String path, int decimals) throws ReportInputException {
        return defined(Numbers.format(run.summary().number(fleet, path), decimals));
    }

    private static String defined(String text) {
        return text.isEmpty() ? "n/a" : text;
    }

    /** A value of one run. */
    @FunctionalInterface
    private interface RunValue {
        String of(RunData run) throws ReportInputException;
    }

    /** A value of one fleet of a run; {@code fleet} is its element of summary.json fleets. */
    @FunctionalInterface
    private interface FleetValue {
        String of(RunData run, JsonNode fleet) throws ReportInputException;
    }

    /** A value from a fleet's economics. */
    @FunctionalInterface
    private interface EconomicsValue {
        String of(Economics economics);
    }

    private static List<String> row(String label, List<RunData> runs, RunValue value) throws ReportInputException {
        List<String> row = new ArrayList<>(List.of(label));
        for (RunData run : runs) {
            row.add(value.of(run));
        }
        return row;
    }

    private static List<String> fleetRow(String label, List<FleetColumn> columns, FleetValue value)
            throws ReportInputException {
        List<String> row = new ArrayList<>(List.of(label));
        for (FleetColumn column : columns) {
            row.add(value.of(column.run(), column.run().summary().fleet(column.fleet())));
        }
        return row;
    }

    private static List<String> economicsRow(String label, List<FleetColumn> columns, EconomicsValue value) {
        List<String> row = new ArrayList<>(List.of(label));
        for (FleetColumn column : columns) {
            row.add(economics(column.run(), column.fleet()).map(value::of).orElse("not in summary"));
        }
        return row;
    }
}
