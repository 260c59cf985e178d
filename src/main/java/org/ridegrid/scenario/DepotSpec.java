package org.ridegrid.scenario;

/**
 * A depot at cell (x, y): chargers of one power, parking for {@code capacity} vehicles, a cleaning
 * time and cost per visit, a land cost per day and the price it pays for energy.
 */
public record DepotSpec(
        String name,
        int x,
        int y,
        int chargers,
        double chargerKw,
        int capacity,
        double cleaningMinutes,
        double cleaningCost,
        double landCostPerDay,
        double energyPricePerKwh) {
}
