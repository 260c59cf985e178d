package org.ridegrid.scenario;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Builds the {@link Scenario} records from complete, validated values. */
final class ScenarioAssembler {
    private final ScenarioValues values;
    private final DemandTables tables;

    private ScenarioAssembler(ScenarioValues values, DemandTables tables) {
        this.values = values;
        this.tables = tables;
    }

    static Scenario assemble(ScenarioValues values, DemandTables tables) {
        return new ScenarioAssembler(values, tables).scenario();
    }

    private Scenario scenario() {
        return new Scenario(
                values.text("name"),
                values.text("description"),
                values.integer("seed"),
                toInt("days"),
                DayOfWeek.valueOf(values.text("start_weekday").toUpperCase(Locale.ROOT)),
                city(),
                demand(),
                fleets(),
                charging(),
                new DispatchSpec(values.text("dispatch.policy"), values.number("dispatch.max_pickup_minutes")),
                new RepositioningSpec(
                        values.text("repositioning.policy"),
                        values.number("repositioning.interval_minutes"),
                        values.number("repositioning.lookahead_minutes"),
                        values.number("repositioning.max_move_share")),
                new OutputSpec(values.bool("output.trips_csv")),
                operators(),
                new MarketSpec(values.text("market.assignment")),
                depots());
    }

    private CitySpec city() {
        List<ZoneSpec> zones = new ArrayList<>();
        for (int i = 0; i < values.size("city.zones"); i++) {
            String zone = KeyPaths.element("city.zones", i) + ".";
            // Only the last zone may omit its radius; it then takes every remaining cell.
            double radius = values.has(zone + "radius_miles") ? values.number(zone + "radius_miles") : Double.POSITIVE_INFINITY;
            zones.add(new ZoneSpec(
                    values.text(zone + "name"),
                    radius,
                    values.number(zone + "demand_weight"),
                    values.number(zone + "attraction_weight"),
                    values.number(zone + "residential_weight"),
                    values.number(zone + "speed_mph")));
        }
        return new CitySpec(
                toInt("city.width_cells"),
                toInt("city.height_cells"),
                values.number("city.cell_miles"),
                zones,
                new HourProfile(values.numbers("city.congestion.weekday")),
                new HourProfile(values.numbers("city.congestion.weekend")),
                anchor());
    }

    /** Returns the anchor, or null when the scenario leaves out the optional city.anchor section. */
    private AnchorSpec anchor() {
        if (!values.has("city.anchor.latitude")) {
            return null;
        }
        return new AnchorSpec(
                values.number("city.anchor.latitude"),
                values.number("city.anchor.longitude"),
                values.number("city.anchor.rotation_degrees"));
    }

    private DemandSpec demand() {
        return new DemandSpec(
                values.number("demand.requests_per_day"),
                new HourProfile(values.numbers("demand.hourly_profile.weekday")),
                new HourProfile(values.numbers("demand.hourly_profile.weekend")),
                values.numbers("demand.day_of_week_factors"),
                new TripLengthSpec(
                        values.text("demand.trip_length.distribution"),
                        values.number("demand.trip_length.mean_miles"),
                        values.number("demand.trip_length.sd_miles"),
                        values.number("demand.trip_length.max_miles"),
                        tables.tripLength()),
                values.number("demand.max_wait_minutes"),
                new OutOfAreaSpec(
                        values.number("demand.out_of_area.share"),
                        values.number("demand.out_of_area.mean_miles"),
                        values.number("demand.out_of_area.sd_miles"),
                        values.number("demand.out_of_area.max_miles")),
                tables.originWeights(),
                tables.destinationWeights());
    }

    private List<OperatorSpec> operators() {
        List<OperatorSpec> operators = new ArrayList<>();
        for (int i = 0; i < values.size("operators"); i++) {
            String operator = KeyPaths.element("operators", i) + ".";
            String fares = operator + "fares.";
            String surge = operator + "surge.";
            operators.add(new OperatorSpec(
                    values.text(operator + "name"),
                    values.number(operator + "market_share"),
                    new FareSpec(
                            values.number(fares + "base"),
                            values.number(fares + "per_mile"),
                            values.number(fares + "per_minute"),
                            values.number(fares + "minimum"),
                            values.number(fares + "short_trip_miles"),
                            values.number(fares + "short_trip_per_mile"),
                            values.number(fares + "long_trip_miles"),
                            values.number(fares + "long_trip_per_mile")),
                    new SurgeSpec(
                            values.bool(surge + "enabled"),
                            values.number(surge + "threshold"),
                            values.number(surge + "step"),
                            values.number(surge + "max_multiplier"),
                            values.number(surge + "elasticity"))));
        }
        return operators;
    }

    private List<DepotSpec> depots() {
        List<DepotSpec> depots = new ArrayList<>();
        for (int i = 0; i < values.size("depots"); i++) {
            String depot = KeyPaths.element("depots", i) + ".";
            depots.add(new DepotSpec(
                    values.text(depot + "name"),
                    toInt(depot + "x"),
                    toInt(depot + "y"),
                    toInt(depot + "chargers"),
                    values.number(depot + "charger_kw"),
                    toInt(depot + "capacity"),
                    values.number(depot + "cleaning_minutes"),
                    values.number(depot + "cleaning_cost"),
                    values.number(depot + "land_cost_per_day"),
                    values.number(depot + "energy_price_per_kwh")));
        }
        return depots;
    }

    private List<FleetSpec> fleets() {
        List<FleetSpec> fleets = new ArrayList<>();
        for (int i = 0; i < values.size("fleets"); i++) {
            String fleet = KeyPaths.element("fleets", i) + ".";
            FleetKind kind = FleetKind.valueOf(values.text(fleet + "kind").toUpperCase(Locale.ROOT));
            String costs = fleet + "costs.";
            fleets.add(new FleetSpec(
                    values.text(fleet + "name"),
                    kind,
                    toInt(fleet + "vehicles"),
                    toInt(fleet + "seats"),
                    values.number(fleet + "battery_kwh"),
                    values.number(fleet + "consumption_kwh_per_mile"),
                    values.number(fleet + "initial_soc_share"),
                    values.number(fleet + "initial_soc_spread"),
                    placement(fleet + "placement"),
                    values.text(fleet + "operator"),
                    new CostSpec(
                            values.number(costs + "capital_cost"),
                            values.number(costs + "maintenance_per_mile"),
                            values.number(costs + "insurance_per_day"),
                            values.number(costs + "energy_price_per_kwh")),
                    kind == FleetKind.DEPOT ? depotFleet(fleet + "depot.") : null,
                    kind == FleetKind.LENT ? lentFleet(fleet + "lent.") : null));
        }
        return fleets;
    }

    private DepotFleetSpec depotFleet(String depot) {
        return new DepotFleetSpec(
                values.text(depot + "name"),
                values.number(depot + "service_radius_miles"),
                new HourProfile(values.numbers(depot + "duty.weekday")),
                new HourProfile(values.numbers(depot + "duty.weekend")),
                values.number(depot + "return_below_share"));
    }

    private LentFleetSpec lentFleet(String lent) {
        return new LentFleetSpec(
                values.number(lent + "no_commute_share"),
                boxed(values.numbers(lent + "departure_quantile_shares")),
                boxed(values.numbers(lent + "departure_quantile_hours")),
                values.number(lent + "work_hours_mean"),
                values.number(lent + "work_hours_sd"),
                values.number(lent + "safety_margin_minutes"),
                values.bool(lent + "lend_at_work"),
                values.bool(lent + "lend_overnight"),
                values.number(lent + "home_charger_kw"),
                values.number(lent + "owner_revenue_share"));
    }

    private static List<Double> boxed(double[] numbers) {
        return Arrays.stream(numbers).boxed().toList();
    }

    private ChargingSpec charging() {
        List<PadLocation> pads = new ArrayList<>();
        for (int i = 0; i < values.size("charging.pads.locations"); i++) {
            String pad = KeyPaths.element("charging.pads.locations", i) + ".";
            pads.add(new PadLocation(toInt(pad + "x"), toInt(pad + "y"), toInt(pad + "places"), values.number(pad + "power_kw")));
        }
        String policy = "charging.policy.";
        return new ChargingSpec(
                placement("charging.pads.placement"),
                toInt("charging.pads.count"),
                toInt("charging.pads.places"),
                values.number("charging.pads.power_kw"),
                pads,
                values.number("charging.commission.per_kwh"),
                values.number("charging.commission.per_session"),
                values.number(policy + "charge_below_share"),
                values.number(policy + "charge_to_share"),
                values.number(policy + "top_up_below_share"),
                values.number(policy + "top_up_after_idle_minutes"),
                values.number(policy + "top_up_max_drive_minutes"),
                toInt(policy + "pad_candidates"),
                values.number(policy + "reserve_share"));
    }

    private Placement placement(String path) {
        return Placement.valueOf(values.text(path).toUpperCase(Locale.ROOT));
    }

    /** Narrows an integer key; the catalogue ranges of int fields all fit in an int. */
    private int toInt(String path) {
        return Math.toIntExact(values.integer(path));
    }
}
