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
    /** Pattern of scenario and fleet names, which become folder and file names. */
    public static final String NAME_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]*";

    /** Largest seed: 2^53, so that every seed is exact as a double in JSON and YAML tools. */
    public static final long MAX_SEED = 1L << 53;

    private static final String HOURS = "one per hour of day, starting at 00:00-01:00";

    private static final List<ScenarioKey> KEYS = new KeyTableBuilder()
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
            .section("demand.trip_length")
            .key("distribution").choice("lognormal").byDefault("lognormal")
                .describe("Distribution of the grid (Manhattan) length of a requested trip.")
            .key("mean_miles").number(0.1, 200).byDefault(4.5).unit("miles")
                .describe("Mean trip length.")
            .key("sd_miles").number(0.01, 200).byDefault(3.5).unit("miles")
                .describe("Standard deviation of the trip length.")
            .key("max_miles").number(0.5, 500).byDefault(30.0).unit("miles")
                .describe("Longest trip; longer draws are drawn again.")
            .section("demand")
            .key("max_wait_minutes").number(0.5, 240).byDefault(10.0).unit("minutes")
                .describe("A rider to whom no vehicle is assigned within this time of the request abandons it; an assigned rider waits for the vehicle.")

            .section("")
            .key("fleets").mappings(1).required()
                .describe("The fleets of vehicles; at least one.")
            .section("fleets[]")
            .key("name").text(NAME_PATTERN).required()
                .describe("Fleet name, unique within the scenario.")
            .key("kind").choice("cybercab").required()
                .rejecting("depot", "the depot kind is planned but not supported yet. Use cybercab.")
                .rejecting("lent", "the lent kind is planned but not supported yet. Use cybercab.")
                .describe("Kind of vehicle and operation; the kinds depot and lent are planned but not supported yet.")
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
                .describe("Where vehicles start: any cell, cells weighted by residential weight, or at the pads.")

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
                .describe("A vehicle whose charge falls below this share of capacity goes to a pad.")
            .key("charge_to_share").number(0, 1).byDefault(0.9)
                .describe("A charging vehicle leaves the pad at this share.")
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
