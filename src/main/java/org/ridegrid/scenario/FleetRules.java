package org.ridegrid.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks the cross-field rules of fleets and of the operators and depots they name. The rules cover
 * unique names, references to existing elements, kind sections on the right kind, depot capacity,
 * market shares, fare distance bands and the departure quantiles of lent cars. Like
 * {@link ScenarioRules}, a rule is skipped when one of its values is missing or invalid.
 */
final class FleetRules {
    private static final String FLEETS = "fleets";
    private static final String OPERATORS = "operators";
    private static final String DEPOTS = "depots";

    private final ScenarioValues values;
    private final RuleChecks checks;

    private FleetRules(ScenarioValues values, RuleChecks checks) {
        this.values = values;
        this.checks = checks;
    }

    static void check(ScenarioValues values, RuleChecks checks) {
        FleetRules rules = new FleetRules(values, checks);
        checks.checkUniqueNames(OPERATORS, "operator");
        checks.checkUniqueNames(DEPOTS, "depot");
        rules.checkMarketShares();
        rules.checkFareBands();
        rules.checkDepotsInsideGrid();
        rules.checkSectionsMatchKind();
        rules.checkOperatorNames();
        rules.checkDepotNames();
        rules.checkDepotCapacity();
        rules.checkDepartureQuantiles();
    }

    private void checkMarketShares() {
        double sum = 0;
        for (int i = 0; i < values.size(OPERATORS); i++) {
            String share = KeyPaths.element(OPERATORS, i) + ".market_share";
            if (!values.has(share)) {
                return;
            }
            sum += values.number(share);
        }
        if (values.size(OPERATORS) > 0 && sum <= 0) {
            checks.fail(OPERATORS, "the market_share values must have a positive sum, because each operator's"
                    + " weight is its market_share divided by the sum. Give at least one operator a positive market_share.");
        }
    }

    /** Requires short_trip_miles <= long_trip_miles when both are on, so that no trip is both short and long. */
    private void checkFareBands() {
        for (int i = 0; i < values.size(OPERATORS); i++) {
            String fares = KeyPaths.element(OPERATORS, i) + ".fares.";
            String shortMiles = fares + "short_trip_miles";
            String longMiles = fares + "long_trip_miles";
            if (values.has(shortMiles) && values.has(longMiles)
                    && values.number(shortMiles) > 0 && values.number(longMiles) > 0) {
                checks.requireLess(shortMiles, longMiles, false);
            }
        }
    }

    private void checkDepotsInsideGrid() {
        for (int i = 0; i < values.size(DEPOTS); i++) {
            String depot = KeyPaths.element(DEPOTS, i);
            checks.checkInsideGrid(depot + ".x", "city.width_cells");
            checks.checkInsideGrid(depot + ".y", "city.height_cells");
        }
    }

    /** Reports a section such as {@code fleets[0].depot} written on a fleet of another kind. */
    private void checkSectionsMatchKind() {
        for (ConditionalSection condition : ScenarioKeys.conditionalSections()) {
            for (String section : ScenarioDefaults.concretePaths(condition.path(), values)) {
                if (values.hasSection(section) && !values.isInvalidOrInside(section) && condition.excludes(section, values)) {
                    String name = KeyPaths.lastName(section);
                    String selector = condition.selectorOf(section);
                    checks.fail(writtenPathIn(condition, section), "the " + name + " section is only used when "
                            + condition.selectorName() + " is " + condition.selectorValue() + ", but " + checks.show(selector)
                            + ". Remove the " + name + " section, or set " + condition.selectorName() + " to "
                            + condition.selectorValue() + ".");
                }
            }
        }
    }

    /**
     * Returns the section path when the file writes it, else the first key in it that has a node,
     * such as one set by an override, so that the problem names the file line or the option.
     */
    private String writtenPathIn(ConditionalSection condition, String section) {
        if (values.node(section) != null) {
            return section;
        }
        for (ScenarioKey key : ScenarioKeys.all()) {
            if (condition.contains(key.path())) {
                String path = section + key.path().substring(condition.path().length());
                if (values.node(path) != null) {
                    return path;
                }
            }
        }
        return section;
    }

    private void checkOperatorNames() {
        Optional<List<String>> operators = names(OPERATORS);
        if (operators.isEmpty()) {
            return;
        }
        for (int i = 0; i < values.size(FLEETS); i++) {
            checkReference(KeyPaths.element(FLEETS, i) + ".operator", OPERATORS, operators.get());
        }
    }

    private void checkDepotNames() {
        Optional<List<String>> depots = names(DEPOTS);
        if (depots.isEmpty()) {
            return;
        }
        for (String path : pathsWhereApplies("fleets[].depot.name")) {
            checkReference(path, DEPOTS, depots.get());
        }
    }

    private void checkReference(String path, String listPath, List<String> names) {
        if (!values.has(path) || names.contains(values.text(path))) {
            return;
        }
        if (names.isEmpty()) {
            checks.fail(path, "must name an element of " + listPath + ", but the scenario lists none. Add it to "
                    + listPath + ".");
            return;
        }
        String hint = NearestKey.find(values.text(path), names).map(n -> " Did you mean `" + n + "`?").orElse("");
        String listed = String.join(", ", new LinkedHashSet<>(names));
        checks.fail(path, "must name an element of " + listPath + " (" + listed + ")." + hint);
    }

    /** The depot must park every vehicle of the depot fleets that live there overnight. */
    private void checkDepotCapacity() {
        Map<String, List<String>> fleetsByDepot = new LinkedHashMap<>();
        Map<String, Long> vehiclesByDepot = new LinkedHashMap<>();
        for (String depotName : pathsWhereApplies("fleets[].depot.name")) {
            String fleet = KeyPaths.parent(KeyPaths.parent(depotName));
            if (!values.has(depotName) || !values.has(fleet + ".vehicles") || !values.has(fleet + ".name")) {
                continue;
            }
            long vehicles = values.integer(fleet + ".vehicles");
            fleetsByDepot.computeIfAbsent(values.text(depotName), d -> new ArrayList<>())
                    .add(values.text(fleet + ".name") + ": " + vehicles);
            vehiclesByDepot.merge(values.text(depotName), vehicles, Long::sum);
        }
        for (int i = 0; i < values.size(DEPOTS); i++) {
            String depot = KeyPaths.element(DEPOTS, i);
            if (!values.has(depot + ".name") || !values.has(depot + ".capacity")) {
                continue;
            }
            String name = values.text(depot + ".name");
            long vehicles = vehiclesByDepot.getOrDefault(name, 0L);
            long capacity = values.integer(depot + ".capacity");
            if (vehicles > capacity) {
                checks.fail(depot + ".capacity", "depot " + name + " must park all " + vehicles
                        + " vehicles of the depot fleets that live there overnight (" + String.join(", ", fleetsByDepot.get(name))
                        + "), but its capacity is " + capacity + ". Raise the capacity, or move vehicles to another depot.");
            }
        }
    }

    private void checkDepartureQuantiles() {
        for (String lent : pathsWhereApplies("fleets[].lent")) {
            String sharesPath = lent + ".departure_quantile_shares";
            String hoursPath = lent + ".departure_quantile_hours";
            if (!values.has(sharesPath) || !values.has(hoursPath)) {
                continue;
            }
            double[] shares = values.numbers(sharesPath);
            double[] hours = values.numbers(hoursPath);
            if (shares.length != hours.length) {
                boolean hoursWritten = values.node(hoursPath) != null || values.node(sharesPath) == null;
                String reported = hoursWritten ? hoursPath : sharesPath;
                String other = hoursWritten ? sharesPath : hoursPath;
                checks.fail(reported, "must have as many values as " + other + " (" + values.numbers(other).length
                        + "), because each hour is the departure time at the share in the same place.");
                continue;
            }
            checkShares(sharesPath, shares);
            checkHours(hoursPath, hours);
        }
    }

    private void checkShares(String path, double[] shares) {
        if (shares[0] != 0) {
            checks.fail(path, "must start at exactly 0, because the first hour is the earliest departure.");
            return;
        }
        if (shares[shares.length - 1] != 1) {
            checks.fail(path, "must end at exactly 1, because the last hour is the latest departure.");
            return;
        }
        for (int i = 1; i < shares.length; i++) {
            if (shares[i] <= shares[i - 1]) {
                checks.fail(path, "must rise strictly, but value " + (i + 1) + " (" + NumberText.format(shares[i])
                        + ") is not larger than value " + i + " (" + NumberText.format(shares[i - 1]) + ").");
                return;
            }
        }
    }

    private void checkHours(String path, double[] hours) {
        for (int i = 1; i < hours.length; i++) {
            if (hours[i] < hours[i - 1]) {
                checks.fail(path, "must never decrease, but value " + (i + 1) + " (" + NumberText.format(hours[i])
                        + ") is smaller than value " + i + " (" + NumberText.format(hours[i - 1]) + ").");
                return;
            }
        }
    }

    /** Returns the concrete paths of a key inside a conditional section, for the list elements it applies to. */
    private List<String> pathsWhereApplies(String cataloguePath) {
        ConditionalSection condition = ScenarioKeys.conditionalSection(cataloguePath).orElseThrow();
        return ScenarioDefaults.concretePaths(cataloguePath, values).stream()
                .filter(path -> condition.appliesTo(path, values))
                .toList();
    }

    /** Returns the names of a list's elements, or empty when one of them has no valid name. */
    private Optional<List<String>> names(String listPath) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < values.size(listPath); i++) {
            String name = KeyPaths.element(listPath, i) + ".name";
            if (!values.has(name)) {
                return Optional.empty();
            }
            names.add(values.text(name));
        }
        return Optional.of(names);
    }
}
