package org.ridegrid.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The catalogue of every scenario key: type, default, valid values, unit and description. The
 * loader validates and fills defaults from it, the effective YAML follows its order, and
 * {@link ScenarioDocs} renders it as the reference in docs/scenarios.md.
 */
public final class ScenarioKeys {
    /** Pattern of scenario, fleet, operator and depot names, which become folder and file names. */
    public static final String NAME_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]*";

    /** Largest seed: 2^53, so that every seed is exact as a double in JSON and YAML tools. */
    public static final long MAX_SEED = 1L << 53;

    private static final String HOURS = "one per hour of day, starting at 00:00-01:00";

    private static final KeyTableBuilder.KeyTable TABLE = new KeyTableBuilder()
            .key("name").text(NAME_PATTERN).required()
                .describe("Scenario name, used as the name of the run folder.")
            .key("description").text().byDefault("")
                .describe("Free text about the scenario.")
            .key("seed").integer(0, MAX_SEED).byDefault(1)
                .describe("Seed of the random number generator; the same seed gives the same run.")
            .key("days").integer(1, 3650).byDefault(7).unit("days")
                .describe("Simulated horizon.")
            .key("start_weekday").choice("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
                .byDefault("monday")
                .describe("Weekday of day 0.")

            .section("city")
            .key("width_cells").integer(2, 2000).byDefault(40).unit("cells")
                .describe("Grid width.")
            .key("height_cells").integer(2, 2000).byDefault(40).unit("cells")
                .describe("Grid height.")
            .key("cell_miles").number(0.01, 5).byDefault(0.25).unit("miles")
                .describe("Side length of one square cell.")
            .key("zones").mappings(1).byDefault(defaultZones())
                .describe("Concentric zones around the grid centre, listed from the centre outwards.")
            .section("city.zones[]")
            .key("name").text().required()
                .describe("Zone name, unique within the city.")
            .key("radius_miles").number(0.01, 1000).optional("only the last zone may omit it and then covers every remaining cell")
                .unit("miles")
                .describe("Outer radius: Euclidean distance from the grid centre to a cell centre.")
            .key("demand_weight").number(0, 1e6).byDefault(1.0)
                .describe("Relative density of request origins per cell.")
            .key("attraction_weight").number(0, 1e6).byDefault(1.0)
                .describe("Relative density of trip destinations per cell.")
            .key("residential_weight").number(0, 1e6).byDefault(1.0)
                .describe("Relative density of homes per cell, used to place pads and vehicles.")
            .key("speed_mph").number(1, 120).byDefault(20.0).unit("mph")
                .describe("Free-flow driving speed before the hour's congestion factor.")
            .section("city.congestion")
            .key("weekday").numbers(24, 0.05, 2, HOURS)
                .byDefault(new double[] {1, 1, 1, 1, 1, 1, 0.9, 0.65, 0.6, 0.8, 0.9, 0.9,
                    0.85, 0.85, 0.9, 0.85, 0.7, 0.6, 0.65, 0.8, 0.95, 1, 1, 1})
                .describe("Speed multiplier by hour on Monday to Friday.")
            .key("weekend").numbers(24, 0.05, 2, HOURS)
                .byDefault(new double[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 0.95, 0.9, 0.85,
                    0.85, 0.85, 0.85, 0.85, 0.9, 0.9, 0.9, 0.95, 1, 1, 1, 1})
                .describe("Speed multiplier by hour on Saturday and Sunday.")
            .section("city.anchor").optionalSection()
            .key("latitude").number(-90, 90).required().unit("degrees")
                .describe("Latitude of the grid centre (WGS 84, north positive). Trip files with coordinates are"
                        + " mapped to cells around it.")
            .key("longitude").number(-180, 180).required().unit("degrees")
                .describe("Longitude of the grid centre (WGS 84, east positive).")
            .key("rotation_degrees").number(-180, 180).byDefault(0.0).unit("degrees")
                .describe("Compass bearing of the grid's +y axis, clockwise from true north. At 0, +y is north and +x"
                        + " is east; at 90, +y is east and +x is south.")

            .section("demand")
            .key("requests_per_day").number(0, 1e8).byDefault(20000.0).unit("requests/day")
                .describe("Mean requests on a day whose day-of-week factor is 1.")
            .section("demand.hourly_profile")
            .key("weekday").numbers(24, 0, 1e6, HOURS)
                .byDefault(new double[] {0.9, 0.6, 0.4, 0.3, 0.35, 0.8, 2.2, 4.6, 5.8, 4.4, 3.6, 3.7,
                    4.0, 4.0, 4.1, 4.6, 5.6, 6.4, 6.2, 5.0, 4.0, 3.4, 2.6, 1.6})
                .describe("Relative request weight by hour on Monday to Friday, normalised by its sum.")
            .key("weekend").numbers(24, 0, 1e6, HOURS)
                .byDefault(new double[] {2.6, 2.2, 1.6, 0.9, 0.5, 0.5, 0.8, 1.3, 2.0, 2.9, 3.7, 4.3,
                    4.6, 4.6, 4.5, 4.5, 4.7, 5.0, 5.2, 5.3, 5.4, 5.4, 5.0, 4.0})
                .describe("Relative request weight by hour on Saturday and Sunday, normalised by its sum.")
            .section("demand")
            .key("day_of_week_factors").numbers(7, 0, 10, "one per weekday, Monday first")
                .byDefault(new double[] {0.95, 0.97, 1.0, 1.03, 1.15, 1.1, 0.85})
                .describe("Multiplier of requests_per_day for each day of the week.")
            .key("origin_weights_file").text().optional("the zones' demand_weight places request origins")
                .describe("CSV table with the header x,y,weight, one row per cell, relative to the scenario file's folder."
                        + " When set, it replaces the zones' demand_weight for request origins, zone balance"
                        + " repositioning and depot pull-out cells. Cells not listed have weight 0, and at least one"
                        + " weight must be positive. The effective scenario stores the absolute path.")
            .key("destination_weights_file").text().optional("the zones' attraction_weight places trip destinations")
                .describe("CSV table with the header x,y,weight, like origin_weights_file. When set, it replaces the"
                        + " zones' attraction_weight for trip destinations. Lent cars' owners still choose"
                        + " workplaces by attraction_weight.")
            .section("demand.trip_length")
            .key("distribution").choice("lognormal", "empirical").byDefault("lognormal")
                .describe("Distribution of the grid (Manhattan) length of a requested trip: lognormal with mean_miles"
                        + " and sd_miles, or empirical from the quantiles in table_file.")
            .key("mean_miles").number(0.1, 200).byDefault(4.5).unit("miles")
                .describe("Mean trip length of the lognormal distribution.")
            .key("sd_miles").number(0.01, 200).byDefault(3.5).unit("miles")
                .describe("Standard deviation of the lognormal trip length.")
            .key("table_file").text().optional("only the empirical distribution needs it")
                .describe("CSV table with the header share,miles, relative to the scenario file's folder: cumulative"
                        + " shares rising strictly from exactly 0 to exactly 1, and miles that never decrease."
                        + " A trip length is drawn by the inverse of this cumulative distribution, linear between rows."
                        + " The effective scenario stores the absolute path.")
            .key("max_miles").number(0.5, 500).byDefault(30.0).unit("miles")
                .describe("Longest trip; longer draws are drawn again.")
            .section("demand")
            .key("max_wait_minutes").number(0.5, 240).byDefault(10.0).unit("minutes")
                .describe("A rider to whom no vehicle is assigned within this time of the request abandons it; an assigned rider waits for the vehicle.")
            .section("demand.out_of_area")
            .key("share").number(0, 1).byDefault(0.0)
                .describe("Share of requests whose destination lies beyond the grid edge, such as cross-city trips.")
            .key("mean_miles").number(0.1, 500).byDefault(15.0).unit("miles")
                .describe("Mean lognormal distance of such a destination beyond the grid edge.")
            .key("sd_miles").number(0.01, 500).byDefault(10.0).unit("miles")
                .describe("Standard deviation of that distance.")
            .key("max_miles").number(0.5, 1000).byDefault(60.0).unit("miles")
                .describe("Largest distance of a destination beyond the grid edge.")

            .section("")
            .key("operators").mappings(1).byDefault(List.of(defaultOperator()))
                .describe("Ride-hail operators. Each fleet serves the riders of one of them.")
            .section("operators[]")
            .key("name").text(NAME_PATTERN).required()
                .describe("Operator name, unique within the scenario.")
            .key("market_share").number(0, 1e6).byDefault(1.0)
                .describe("Relative weight of the operator, normalised by the sum over all operators."
                        + " Requests are drawn by it when market.assignment is shares.")
            .section("operators[].fares")
            .key("base").number(0, 1000).byDefault(2.0).unit("$")
                .describe("Fixed part of every fare.")
            .key("per_mile").number(0, 1000).byDefault(2.0).unit("$/mile")
                .describe("Charge per mile of the trip.")
            .key("per_minute").number(0, 100).byDefault(0.3).unit("$/minute")
                .describe("Charge per minute of the trip.")
            .key("minimum").number(0, 1000).byDefault(7.0).unit("$")
                .describe("Lowest fare of any trip.")
            .key("short_trip_miles").number(0, 100).byDefault(0.0).unit("miles")
                .describe("Trips shorter than this are charged short_trip_per_mile instead of per_mile. A value of 0 turns the rule off.")
            .key("short_trip_per_mile").number(0, 1000).byDefault(2.0).unit("$/mile")
                .describe("Charge per mile of a trip shorter than short_trip_miles.")
            .key("long_trip_miles").number(0, 1000).byDefault(0.0).unit("miles")
                .describe("Trips longer than this are charged long_trip_per_mile instead of per_mile. A value of 0 turns the rule off.")
            .key("long_trip_per_mile").number(0, 1000).byDefault(2.0).unit("$/mile")
                .describe("Charge per mile of a trip longer than long_trip_miles.")
            .section("operators[].surge")
            .key("enabled").bool().byDefault(false)
                .describe("Whether the operator raises its fares in zones where waiting requests outnumber idle vehicles.")
            .key("threshold").number(0, 100).byDefault(1.0)
                .describe("Surge starts when a zone's waiting requests exceed this ratio times its idle vehicles plus one.")
            .key("step").number(0, 100).byDefault(0.5)
                .describe("Rise of the fare multiplier for each unit of the ratio above the threshold.")
            .key("max_multiplier").number(1, 20).byDefault(3.0)
                .describe("Highest fare multiplier.")
            .key("elasticity").number(0, 20).byDefault(1.0)
                .describe("A rider quoted multiplier m accepts with probability m^(-elasticity). An elasticity of 0 means surge prices no rider out.")

            .section("market")
            .key("assignment").choice("shares", "lowest_price", "lowest_wait").byDefault("shares")
                .describe("How a request chooses an operator: drawn by market_share, the lowest quoted fare with surge,"
                        + " or the shortest pickup time of an available vehicle.")

            .section("")
            .key("depots").mappings(0).byDefault(List.of())
                .describe("Depots where fleets of kind depot park overnight, charge and are cleaned.")
            .section("depots[]")
            .key("name").text(NAME_PATTERN).required()
                .describe("Depot name, unique within the scenario and referred to by fleets[].depot.name.")
            .key("x").integer(0, 1999).required().unit("cells")
                .describe("Column of the depot's cell, from 0 to width_cells - 1.")
            .key("y").integer(0, 1999).required().unit("cells")
                .describe("Row of the depot's cell, from 0 to height_cells - 1.")
            .key("chargers").integer(0, 100_000).byDefault(20)
                .describe("Chargers at the depot.")
            .key("charger_kw").number(0.5, 1000).byDefault(50.0).unit("kW")
                .describe("Charging power of one charger.")
            .key("capacity").integer(1, 1_000_000).byDefault(200).unit("vehicles")
                .describe("Vehicles the depot can park, which must include every vehicle of the depot fleets that live there.")
            .key("cleaning_minutes").number(0, 600).byDefault(15.0).unit("minutes")
                .describe("Time to clean a vehicle on each visit to the depot.")
            .key("cleaning_cost").number(0, 10_000).byDefault(10.0).unit("$/visit")
                .describe("Cost of cleaning a vehicle on each visit to the depot.")
            .key("land_cost_per_day").number(0, 1e9).byDefault(500.0).unit("$/day")
                .describe("Cost of the depot's land.")
            .key("energy_price_per_kwh").number(0, 10).byDefault(0.12).unit("$/kWh")
                .describe("Price the depot pays for energy.")

            .section("")
            .key("fleets").mappings(1).required()
                .describe("The fleets of vehicles; at least one.")
            .section("fleets[]")
            .key("name").text(NAME_PATTERN).required()
                .describe("Fleet name, unique within the scenario.")
            .key("kind").choice("cybercab", "depot", "lent").required()
                .describe("Kind of vehicle and operation: robotaxis that charge at pads (cybercab), vehicles that live"
                        + " in one of the depots (depot), or private cars lent by their owners (lent).")
            .key("operator").text(NAME_PATTERN).byDefaultFrom("operators[0].name")
                .describe("Operator whose riders the fleet serves, named as in operators.")
            .key("vehicles").integer(1, 1_000_000).required()
                .describe("Number of vehicles in the fleet.")
            .key("seats").integer(1, 8).byDefault(2)
                .describe("Passenger seats per vehicle.")
            .key("battery_kwh").number(1, 300).byDefault(35.0).unit("kWh")
                .describe("Usable battery capacity.")
            .key("consumption_kwh_per_mile").number(0.05, 1).byDefault(0.15).unit("kWh/mile")
                .describe("Energy used per mile driven.")
            .key("initial_soc_share").number(0, 1).byDefault(0.8)
                .describe("Mean state of charge at the start, as a share of capacity.")
            .key("initial_soc_spread").number(0, 1).byDefault(0.15)
                .describe("Each start charge is drawn uniformly within this share either side of the mean.")
            .key("placement").choice("uniform", "residential", "pads").byDefault("residential")
                .rejecting("explicit", "explicit placement applies to charging pads only. Use uniform, residential or pads.")
                .describe("Where vehicles start: any cell, cells weighted by residential weight, or at the pads."
                        + " Depot fleets ignore it and start at their depot; lent cars start at their owner's home.")
            .section("fleets[].costs")
            .key("capital_cost").number(0, 1e8).byDefault(30000.0).unit("$/vehicle")
                .describe("Purchase cost of one vehicle.")
            .key("maintenance_per_mile").number(0, 100).byDefault(0.10).unit("$/mile")
                .describe("Maintenance per mile driven, occupied or empty.")
            .key("insurance_per_day").number(0, 10_000).byDefault(5.0).unit("$/vehicle-day")
                .describe("Insurance per vehicle and day.")
            .key("energy_price_per_kwh").number(0, 10).byDefault(0.15).unit("$/kWh")
                .describe("Price of energy charged at pads or at home. Energy charged at a depot costs the depot's price.")
            .section("fleets[].depot").requiredWhen("kind", FleetKind.DEPOT.key())
            .key("name").text(NAME_PATTERN).required()
                .describe("Depot the fleet lives in, named as in depots.")
            .key("service_radius_miles").number(0.1, 1000).byDefault(8.0).unit("miles")
                .describe("Requests are served only when they start within this distance of the depot.")
            .section("fleets[].depot.duty")
            .key("weekday").numbers(24, 0, 1, HOURS)
                .byDefault(new double[] {0.1, 0.1, 0.1, 0.1, 0.1, 0.3, 0.8, 1, 1, 0.8, 0.6, 0.6,
                    0.6, 0.6, 0.7, 0.9, 1, 1, 1, 0.8, 0.6, 0.4, 0.3, 0.2})
                .describe("Share of the fleet on duty in each hour of Monday to Friday.")
            .key("weekend").numbers(24, 0, 1, HOURS)
                .byDefault(new double[] {0.3, 0.3, 0.2, 0.1, 0.1, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7,
                    0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.8, 0.8, 0.8, 0.7, 0.6, 0.5})
                .describe("Share of the fleet on duty in each hour of Saturday and Sunday.")
            .section("fleets[].depot")
            .key("return_below_share").number(0, 1).byDefault(0.25)
                .describe("An on-duty vehicle below this share of charge returns to the depot to charge.")
            .section("fleets[].lent").optionalWhen("kind", FleetKind.LENT.key())
            .key("no_commute_share").number(0, 1).byDefault(0.2)
                .describe("Share of owners who do not commute on a given weekday. Their car stays at home, lent all day"
                        + " when lend_overnight is true.")
            .key("departure_quantile_shares").numbers(2, 50, 0, 1, "rising strictly from exactly 0 to exactly 1")
                .byDefault(new double[] {0, 0.1, 0.5, 0.9, 1})
                .describe("Cumulative shares of the owners' morning departure times.")
            // NOTE: the default hours come from unweighted survey records, not the published weighted 2009 NHTS tables.
            .key("departure_quantile_hours").numbers(2, 50, 0, 24, "one per share, never decreasing")
                .byDefault(new double[] {4, 5.91667, 7.5, 9.5, 10.9667}).unit("hours")
                .describe("Morning departure time at each share, in decimal hours of the day, linear in between."
                        + " The defaults are quantiles of the start times of 5,594 weekday trips to work (purpose code 10)"
                        + " from 04:00 to 10:59 in the California records of the 2009 NHTS, unweighted: earliest 04:00,"
                        + " 10th percentile 05:55, median 07:30, 90th percentile 09:30 and latest 10:58."
                        + " `ridegrid calibrate derive` writes these and more quantiles to commute_departures.csv.")
            .key("work_hours_mean").number(1, 16).byDefault(9.0).unit("hours")
                .describe("Mean time from the owner's morning departure to the evening departure.")
            .key("work_hours_sd").number(0, 8).byDefault(1.0).unit("hours")
                .describe("Standard deviation of that time.")
            .key("safety_margin_minutes").number(0, 240).byDefault(15.0).unit("minutes")
                .describe("A lent car must be back this long before its owner needs it.")
            .key("lend_at_work").bool().byDefault(true)
                .describe("Whether the car is lent while it is parked at the owner's work.")
            .key("lend_overnight").bool().byDefault(true)
                .describe("Whether the car is lent while it is at the owner's home: overnight, on days without a"
                        + " commute, at weekends and at the start of the run.")
            .key("home_charger_kw").number(0.5, 50).byDefault(7.2).unit("kW")
                .describe("Power of the owner's home charger, used while the car is at home and not lent.")
            .key("owner_revenue_share").number(0, 1).byDefault(0.3)
                .describe("Share of the car's fares paid to its owner.")

            .section("charging.pads")
            .key("placement").choice("uniform", "residential", "explicit").byDefault("residential")
                .rejecting("pads", "pads placement applies to fleets only. Use uniform, residential or explicit.")
                .describe("Where pads are: any cell, cells weighted by residential weight, or the listed locations.")
            .key("count").integer(0, 1_000_000).byDefault(150)
                .describe("Pads placed when placement is uniform or residential.")
            .key("places").integer(1, 1000).byDefault(2)
                .describe("Charging places per pad.")
            .key("power_kw").number(0.5, 1000).byDefault(11.0).unit("kW")
                .describe("Charging power of one place.")
            .key("locations").mappings(0).byDefault(List.of())
                .describe("Pads when placement is explicit; must be empty otherwise.")
            .section("charging.pads.locations[]")
            .key("x").integer(0, 1999).required().unit("cells")
                .describe("Column of the pad's cell, from 0 to width_cells - 1.")
            .key("y").integer(0, 1999).required().unit("cells")
                .describe("Row of the pad's cell, from 0 to height_cells - 1.")
            .key("places").integer(1, 1000).byDefaultFrom("charging.pads.places")
                .describe("Charging places at this pad.")
            .key("power_kw").number(0.5, 1000).byDefaultFrom("charging.pads.power_kw").unit("kW")
                .describe("Charging power of one place at this pad.")
            .section("charging.commission")
            .key("per_kwh").number(0, 100).byDefault(0.05).unit("$/kWh")
                .describe("Paid to the pad owner per kWh charged.")
            .key("per_session").number(0, 1000).byDefault(0.0).unit("$/session")
                .describe("Paid to the pad owner per charging session.")
            .section("charging.policy")
            .key("charge_below_share").number(0, 1).byDefault(0.2)
                .describe("A vehicle whose charge falls below this share of capacity goes to a pad; a lent car below it"
                        + " goes back to its owner and is not lent until it has charged at home.")
            .key("charge_to_share").number(0, 1).byDefault(0.9)
                .describe("A vehicle charging at a pad, a depot or its owner's home stops at this share.")
            .key("top_up_below_share").number(0, 1).byDefault(0.6)
                .describe("An idle vehicle below this share tops up at a free nearby pad.")
            .key("top_up_after_idle_minutes").number(0, 1440).byDefault(20.0).unit("minutes")
                .describe("How long a vehicle stays idle before it tops up.")
            .key("top_up_max_drive_minutes").number(0, 120).byDefault(5.0).unit("minutes")
                .describe("Farthest pad, in driving time, that a top-up may go to.")
            .key("pad_candidates").integer(1, 64).byDefault(6)
                .describe("Nearest pads a vehicle compares by travel time and queue.")
            .key("reserve_share").number(0, 0.5).byDefault(0.05)
                .describe("Charge a vehicle keeps on reaching a pad; dispatch never plans below it.")

            .section("dispatch")
            .key("policy").choice("nearest").byDefault("nearest")
                .describe("How a vehicle is chosen for a request.")
            .key("max_pickup_minutes").number(0.5, 120).byDefault(12.0).unit("minutes")
                .describe("A vehicle is only sent if it can reach the rider within this time.")

            .section("repositioning")
            .key("policy").choice("none", "zone_balance").byDefault("none")
                .describe("How idle vehicles are moved towards expected demand.")
            .key("interval_minutes").number(1, 1440).byDefault(15.0).unit("minutes")
                .describe("Time between two repositioning rounds.")
            .key("lookahead_minutes").number(1, 1440).byDefault(30.0).unit("minutes")
                .describe("Expected demand is summed over this window ahead.")
            .key("max_move_share").number(0, 1).byDefault(0.2)
                .describe("Largest share of idle vehicles moved in one round.")

            .section("output")
            .key("trips_csv").bool().byDefault(true)
                .describe("Write one row per request to trips.csv.")
            .build();

    private static final List<ScenarioKey> KEYS = TABLE.keys();
    private static final Map<String, ScenarioKey> BY_PATH = index(KEYS);
    private static final Set<String> SECTIONS = sections(KEYS, BY_PATH);

    private ScenarioKeys() {
    }

    /** Returns every key in catalogue order. */
    public static List<ScenarioKey> all() {
        return KEYS;
    }

    /** Returns the key at a catalogue path such as {@code fleets[].vehicles}. */
    public static Optional<ScenarioKey> find(String cataloguePath) {
        return Optional.ofNullable(BY_PATH.get(cataloguePath));
    }

    /** Returns the sections that apply only to some list elements, in catalogue order. */
    static List<ConditionalSection> conditionalSections() {
        return TABLE.conditionalSections();
    }

    /** Returns the conditional section that is or encloses a catalogue path, if any. */
    static Optional<ConditionalSection> conditionalSection(String cataloguePath) {
        return TABLE.conditionalSections().stream().filter(c -> c.contains(cataloguePath)).findFirst();
    }

    /** Returns true for a path whose value is a mapping of keys, such as {@code city} or {@code charging.pads}. */
    public static boolean isSection(String cataloguePath) {
        return SECTIONS.contains(cataloguePath);
    }

    /**
     * Returns the names directly under a section, a list element path such as {@code fleets[]}, or
     * "" for the top level, in catalogue order.
     */
    public static List<String> childNames(String parentPath) {
        Set<String> names = new LinkedHashSet<>();
        for (ScenarioKey key : KEYS) {
            String path = key.path();
            while (!path.isEmpty() && !KeyPaths.parent(path).equals(parentPath)) {
                path = KeyPaths.parent(path);
            }
            if (!path.isEmpty() && !path.endsWith("]")) {
                names.add(KeyPaths.lastName(path));
            }
        }
        return new ArrayList<>(names);
    }

    private static Map<String, ScenarioKey> index(List<ScenarioKey> keys) {
        Map<String, ScenarioKey> byPath = new LinkedHashMap<>();
        for (ScenarioKey key : keys) {
            if (byPath.put(key.path(), key) != null) {
                throw new IllegalStateException("catalogue lists " + key.path() + " twice");
            }
        }
        return byPath;
    }

    /** Collects every enclosing path that is neither a key nor a list element. */
    private static Set<String> sections(List<ScenarioKey> keys, Map<String, ScenarioKey> byPath) {
        Set<String> sections = new LinkedHashSet<>();
        for (ScenarioKey key : keys) {
            for (String path = KeyPaths.parent(key.path()); !path.isEmpty(); path = KeyPaths.parent(path)) {
                if (!path.endsWith("]") && !byPath.containsKey(path)) {
                    sections.add(path);
                }
            }
        }
        return sections;
    }

    private static Map<String, Object> defaultOperator() {
        Map<String, Object> operator = new LinkedHashMap<>();
        operator.put("name", "default");
        operator.put("market_share", 1.0);
        return operator;
    }

    private static List<Map<String, Object>> defaultZones() {
        return List.of(
                zone("core", 1.5, 6, 8, 1, 12),
                zone("inner", 3, 3, 3, 3, 18),
                zone("suburbs", 5, 1.5, 1, 4, 25),
                zone("edge", Double.NaN, 0.5, 0.4, 2, 35));
    }

    private static Map<String, Object> zone(String name, double radius, double demand, double attraction,
            double residential, double speed) {
        Map<String, Object> zone = new LinkedHashMap<>();
        zone.put("name", name);
        if (!Double.isNaN(radius)) {
            zone.put("radius_miles", radius);
        }
        zone.put("demand_weight", demand);
        zone.put("attraction_weight", attraction);
        zone.put("residential_weight", residential);
        zone.put("speed_mph", speed);
        return zone;
    }
}
