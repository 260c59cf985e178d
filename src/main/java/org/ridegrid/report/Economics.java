package org.ridegrid.report;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The economics numbers of one fleet, read from the optional {@code economics} object of
 * summary.json. Runs do not write that object yet; docs/outputs.md lists the shapes read here.
 *
 * @param revenue               revenue of the fleet over the run
 * @param cost                  operating cost of the fleet over the run
 * @param profitPerVehicleDay   (revenue - cost) per vehicle per simulated day
 * @param paybackDays           days until a vehicle has earned its capital cost; NaN when never or not given
 * @param capitalCostPerVehicle purchase cost of one vehicle; NaN when the summary does not give it
 */
record Economics(String fleet, double revenue, double cost, double profitPerVehicleDay, double paybackDays,
        double capitalCostPerVehicle) {

    static final String KEY = "economics";
    static final String CAPITAL_KEY = "capital_cost_per_vehicle";

    /**
     * Reads the economics of every fleet. An empty result means summary.json has no {@code economics}
     * object. {@code economics} is either an object keyed by fleet name or a list of objects with a
     * {@code fleet} (or {@code name}) key. {@code capital_cost_per_vehicle} is read from the fleet's
     * entry, else from {@code economics}, else from the top level of the summary.
     */
    static Optional<List<Economics>> read(RunSummary summary) throws ReportInputException {
        JsonNode economics = summary.root().get(KEY);
        if (economics == null || economics.isNull()) {
            return Optional.empty();
        }
        double sharedCapital = optionalNumber(summary, economics, CAPITAL_KEY,
                optionalNumber(summary, summary.root(), CAPITAL_KEY, Double.NaN));
        List<Economics> result = new ArrayList<>();
        if (economics.isArray()) {
            for (JsonNode entry : economics) {
                String fleet = entry.has("fleet") ? summary.text(entry, "fleet") : summary.text(entry, "name");
                result.add(fleetEntry(summary, fleet, entry, sharedCapital));
            }
        } else if (economics.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = economics.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getValue().isObject()) {
                    result.add(fleetEntry(summary, field.getKey(), field.getValue(), sharedCapital));
                }
            }
        }
        if (result.isEmpty()) {
            throw new ReportInputException(summary.file() + ": key economics contains no fleet entries. Give an object"
                    + " per fleet with revenue, cost, profit_per_vehicle_day and payback_days.");
        }
        return Optional.of(result);
    }

    private static Economics fleetEntry(RunSummary summary, String fleet, JsonNode entry, double sharedCapital)
            throws ReportInputException {
        return new Economics(fleet, summary.number(entry, "revenue"), summary.number(entry, "cost"),
                summary.number(entry, "profit_per_vehicle_day"), summary.number(entry, "payback_days"),
                optionalNumber(summary, entry, CAPITAL_KEY, sharedCapital));
    }

    private static double optionalNumber(RunSummary summary, JsonNode node, String key, double fallback)
            throws ReportInputException {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return fallback;
        }
        return summary.number(node, key);
    }
}
