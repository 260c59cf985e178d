package org.ridegrid.scenario;

import java.util.Arrays;

/**
 * Checks the rules that involve more than one key; {@link FleetRules} checks those of fleets,
 * operators and depots. A rule is skipped when one of its values is missing or invalid, since that
 * problem is already reported. Each problem names the key written in the file where possible, so
 * that its line is shown.
 */
final class ScenarioRules {
    private static final String ZONES = "city.zones";
    private static final String FLEETS = "fleets";
    private static final String PADS = "charging.pads.";
    private static final String POLICY = "charging.policy.";

    private final ScenarioValues values;
    private final RuleChecks checks;

    private ScenarioRules(ScenarioValues values, RuleChecks checks) {
        this.values = values;
        this.checks = checks;
    }

    static void check(ScenarioValues values, ProblemList problems) {
        RuleChecks checks = new RuleChecks(values, problems);
        ScenarioRules rules = new ScenarioRules(values, checks);
        rules.checkZoneRadii();
        checks.checkUniqueNames(ZONES, "zone");
        checks.checkUniqueNames(FLEETS, "fleet");
        rules.checkPadLocations();
        rules.checkChargingShares();
        rules.checkPositiveSum("demand.hourly_profile.weekday");
        rules.checkPositiveSum("demand.hourly_profile.weekend");
        rules.checkFleetsAtPads();
        rules.checkTripLengthMean();
        rules.checkTripLengthTable();
        checks.requireLess("demand.out_of_area.mean_miles", "demand.out_of_area.max_miles", true);
        FleetRules.check(values, checks);
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
                    checks.report(radius, "is missing. Only the last zone may omit"
                            + " radius_miles, because it covers every remaining cell. Give this zone a radius in miles.");
                }
                previous = null;
                continue;
            }
            if (previous != null && values.number(radius) <= values.number(previous)) {
                String orderReason = ", because zones are listed from the centre outwards.";
                if (values.node(radius) == null && values.node(previous) != null) {
                    checks.fail(previous, "must be smaller than " + checks.show(radius) + orderReason);
                } else {
                    checks.fail(radius, "must be larger than " + checks.show(previous) + orderReason);
                }
            }
            previous = radius;
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
            checks.fail(placementPath, "explicit placement needs a non-empty " + locationsPath
                    + " list. Add pad locations, or use uniform or residential.");
        } else if (!explicit && count > 0) {
            checks.fail(locationsPath, "locations are only used when " + placementPath + " is explicit, but it is "
                    + values.text(placementPath) + ". Set the placement to explicit, or remove the locations.");
        }
        for (int i = 0; i < count; i++) {
            String location = KeyPaths.element(locationsPath, i);
            checks.checkInsideGrid(location + ".x", "city.width_cells");
            checks.checkInsideGrid(location + ".y", "city.height_cells");
        }
    }

    private void checkChargingShares() {
        checks.requireLess(POLICY + "reserve_share", POLICY + "charge_below_share", true);
        checks.requireLess(POLICY + "charge_below_share", POLICY + "charge_to_share", true);
        checks.requireLess(POLICY + "top_up_below_share", POLICY + "charge_to_share", false);
    }

    private void checkPositiveSum(String path) {
        if (values.has(path) && Arrays.stream(values.numbers(path)).sum() <= 0) {
            checks.fail(path, "the values must have a positive sum, because each hour's share is its value divided by the sum."
                    + " Give at least one hour a positive weight.");
        }
    }

    /** Requires the lognormal mean below the maximum; the empirical distribution does not use the mean. */
    private void checkTripLengthMean() {
        String distribution = "demand.trip_length.distribution";
        if (values.has(distribution) && values.text(distribution).equals("empirical")) {
            return;
        }
        checks.requireLess("demand.trip_length.mean_miles", "demand.trip_length.max_miles", true);
    }

    private void checkTripLengthTable() {
        String distribution = "demand.trip_length.distribution";
        String table = "demand.trip_length.table_file";
        if (!values.has(distribution) || values.isInvalid(table)) {
            return;
        }
        boolean empirical = values.text(distribution).equals("empirical");
        if (empirical && !values.has(table)) {
            checks.fail(distribution, "the empirical distribution needs " + table
                    + ", a CSV table of share,miles. Add it, or use lognormal.");
        } else if (!empirical && values.has(table)) {
            checks.fail(table, "a table is only used when " + distribution + " is empirical, but it is "
                    + values.text(distribution) + ". Set the distribution to empirical, or remove the table.");
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
                String why = explicit ? PADS + "locations is empty" : checks.show(PADS + "count");
                checks.fail(path, "vehicles cannot start at pads because the scenario has none (" + why
                        + "). Add pads, or use uniform or residential.");
            }
        }
    }
}
