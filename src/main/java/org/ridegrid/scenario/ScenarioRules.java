package org.ridegrid.scenario;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Checks the rules that involve more than one key. A rule is skipped when one of its values is
 * missing or invalid, since that problem is already reported. Each problem names the key written in
 * the file where possible, so that its line is shown.
 */
final class ScenarioRules {
    private static final String ZONES = "city.zones";
    private static final String FLEETS = "fleets";
    private static final String PADS = "charging.pads.";
    private static final String POLICY = "charging.policy.";

    private final ScenarioValues values;
    private final ProblemList problems;

    private ScenarioRules(ScenarioValues values, ProblemList problems) {
        this.values = values;
        this.problems = problems;
    }

    static void check(ScenarioValues values, ProblemList problems) {
        ScenarioRules rules = new ScenarioRules(values, problems);
        rules.checkZoneRadii();
        rules.checkUniqueNames(ZONES, "zone");
        rules.checkUniqueNames(FLEETS, "fleet");
        rules.checkPadLocations();
        rules.checkChargingShares();
        rules.checkPositiveSum("demand.hourly_profile.weekday");
        rules.checkPositiveSum("demand.hourly_profile.weekend");
        rules.checkFleetsAtPads();
        rules.requireLess("demand.trip_length.mean_miles", "demand.trip_length.max_miles", true);
    }

    private void checkZoneRadii() {
        int count = values.size(ZONES);
        String previous = null;
        for (int i = 0; i < count; i++) {
            String radius = KeyPaths.element(ZONES, i) + ".radius_miles";
            if (values.isInvalid(radius) || values.isInvalid(KeyPaths.element(ZONES, i))) {
                previous = null;
                continue;
            }
            if (!values.has(radius)) {
                if (i < count - 1) {
                    problems.at(values.nearestNode(radius), radius, null, "is missing. Only the last zone may omit"
                            + " radius_miles, because it covers every remaining cell. Give this zone a radius in miles.");
                }
                previous = null;
                continue;
            }
            if (previous != null && values.number(radius) <= values.number(previous)) {
                String orderReason = ", because zones are listed from the centre outwards.";
                if (values.node(radius) == null && values.node(previous) != null) {
                    fail(previous, "must be smaller than " + show(radius) + orderReason);
                } else {
                    fail(radius, "must be larger than " + show(previous) + orderReason);
                }
            }
            previous = radius;
        }
    }

    private void checkUniqueNames(String listPath, String noun) {
        Map<String, String> firstPathByName = new HashMap<>();
        for (int i = 0; i < values.size(listPath); i++) {
            String path = KeyPaths.element(listPath, i) + ".name";
            if (!values.has(path)) {
                continue;
            }
            String first = firstPathByName.putIfAbsent(values.text(path), path);
            if (first != null) {
                fail(path, noun + " names must be unique, and " + first + " has the same name. Rename one of them.");
            }
        }
    }

    private void checkPadLocations() {
        String placementPath = PADS + "placement";
        String locationsPath = PADS + "locations";
        if (!values.has(placementPath) || !values.hasSize(locationsPath)) {
            return;
        }
        boolean explicit = values.text(placementPath).equals(Placement.EXPLICIT.key());
        int count = values.size(locationsPath);
        if (explicit && count == 0) {
            fail(placementPath, "explicit placement needs a non-empty " + locationsPath
                    + " list. Add pad locations, or use uniform or residential.");
        } else if (!explicit && count > 0) {
            fail(locationsPath, "locations are only used when " + placementPath + " is explicit, but it is "
                    + values.text(placementPath) + ". Set the placement to explicit, or remove the locations.");
        }
        for (int i = 0; i < count; i++) {
            String location = KeyPaths.element(locationsPath, i);
            checkInsideGrid(location + ".x", "city.width_cells");
            checkInsideGrid(location + ".y", "city.height_cells");
        }
    }

    private void checkInsideGrid(String coordinatePath, String sizePath) {
        if (values.has(coordinatePath) && values.has(sizePath)
                && values.integer(coordinatePath) >= values.integer(sizePath)) {
            fail(coordinatePath, "must be inside the grid, from 0 to " + sizePath + " - 1 = "
                    + (values.integer(sizePath) - 1) + ".");
        }
    }

    private void checkChargingShares() {
        requireLess(POLICY + "reserve_share", POLICY + "charge_below_share", true);
        requireLess(POLICY + "charge_below_share", POLICY + "charge_to_share", true);
        requireLess(POLICY + "top_up_below_share", POLICY + "charge_to_share", false);
    }

    private void checkPositiveSum(String path) {
        if (values.has(path) && Arrays.stream(values.numbers(path)).sum() <= 0) {
            fail(path, "the values must have a positive sum, because each hour's share is its value divided by the sum."
                    + " Give at least one hour a positive weight.");
        }
    }

    private void checkFleetsAtPads() {
        String placementPath = PADS + "placement";
        if (!values.has(placementPath) || !values.has(PADS + "count")) {
            return;
        }
        boolean explicit = values.text(placementPath).equals(Placement.EXPLICIT.key());
        boolean hasPads = explicit ? values.size(PADS + "locations") > 0 : values.integer(PADS + "count") > 0;
        for (int i = 0; i < values.size(FLEETS); i++) {
            String path = KeyPaths.element(FLEETS, i) + ".placement";
            if (!hasPads && values.has(path) && values.text(path).equals(Placement.PADS.key())) {
                String why = explicit ? PADS + "locations is empty" : show(PADS + "count");
                fail(path, "vehicles cannot start at pads because the scenario has none (" + why
                        + "). Add pads, or use uniform or residential.");
            }
        }
    }

    /**
     * Requires {@code lower < upper} (or {@code <=} when not strict). The problem names the key
     * written in the file, preferring {@code upper} when both are.
     */
    private void requireLess(String lower, String upper, boolean strict) {
        if (!values.has(lower) || !values.has(upper)) {
            return;
        }
        double low = values.number(lower);
        double high = values.number(upper);
        if (strict ? low < high : low <= high) {
            return;
        }
        String relation = strict ? "" : " or equal to";
        if (values.node(upper) != null || values.node(lower) == null) {
            fail(upper, "must be larger than" + relation + " " + show(lower) + ".");
        } else {
            fail(lower, "must be smaller than" + relation + " " + show(upper) + ".");
        }
    }

    /** Returns "path = value" for use inside a message. */
    private String show(String path) {
        return path + " = " + valueText(path);
    }

    private String valueText(String path) {
        Node node = values.node(path);
        if (node != null) {
            return ProblemList.describe(node);
        }
        Object value = values.get(path);
        if (value instanceof Double number) {
            return NumberText.format(number);
        }
        if (value instanceof double[] numbers) {
            return NumberText.formatList(numbers);
        }
        return value == null ? null : String.valueOf(value);
    }

    private void fail(String path, String reason) {
        problems.at(values.nearestNode(path), path, valueText(path), "is invalid: " + reason);
    }
}
