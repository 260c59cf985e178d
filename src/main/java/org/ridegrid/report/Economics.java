package org.ridegrid.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The economics numbers of one fleet, read from the {@code economics} object of each entry of
 * {@code fleets} in summary.json.
 *
 * @param revenue               revenue of the fleet over the run
 * @param cost                  operating cost of the fleet over the run
 * @param profitPerVehicleDay   (revenue - cost) per vehicle per simulated day
 * @param paybackDays           days until a vehicle has earned its capital cost; NaN when never
 * @param capitalCostPerVehicle purchase cost of one vehicle; NaN when the summary does not give it
 */
record Economics(String fleet, double revenue, double cost, double profitPerVehicleDay, double paybackDays,
        double capitalCostPerVehicle) {

    static final String KEY = "economics";
    static final String CAPITAL_KEY = "capital_cost_per_vehicle";

    /**
     * Reads the economics of every fleet that has them. An empty result means no fleet entry of
     * summary.json has an {@code economics} object (a summary written before runs reported them).
     */
    static Optional<List<Economics>> read(RunSummary summary) throws ReportInputException {
        JsonNode fleets = summary.root().get("fleets");
        List<Economics> result = new ArrayList<>();
        if (fleets != null && fleets.isArray()) {
            for (JsonNode fleet : fleets) {
                JsonNode economics = fleet.get(KEY);
                if (economics != null && economics.isObject()) {
                    result.add(new Economics(summary.text(fleet, "name"), summary.number(economics, "revenue"),
                            summary.number(economics, "cost"), summary.number(economics, "profit_per_vehicle_day"),
                            optionalNumber(summary, economics, "payback_days", Double.NaN),
                            optionalNumber(summary, economics, CAPITAL_KEY, Double.NaN)));
                }
            }
        }
        return result.isEmpty() ? Optional.empty() : Optional.of(result);
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
