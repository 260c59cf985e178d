package org.ridegrid.scenario;

/**
 * A fleet's costs, in US dollars.
 *
 * @param capitalCost cost of one vehicle (for the payback period)
 * @param maintenancePerMile maintenance per mile driven, occupied or empty
 * @param insurancePerDay insurance per vehicle and day
 * @param energyPricePerKwh price of energy charged at pads or at home (depots set their own)
 */
public record CostSpec(double capitalCost, double maintenancePerMile, double insurancePerDay, double energyPricePerKwh) {
}
