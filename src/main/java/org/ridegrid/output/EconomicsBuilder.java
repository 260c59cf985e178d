package org.ridegrid.output;

import org.ridegrid.economics.FleetEconomics;
import org.ridegrid.energy.ChargeSource;
import org.ridegrid.energy.Depot;
import org.ridegrid.metrics.RunCollectors;
import org.ridegrid.metrics.VehicleStats;
import org.ridegrid.model.Fleet;
import org.ridegrid.model.RideGridModel;
import org.ridegrid.model.Vehicle;
import org.ridegrid.scenario.ChargingSpec;
import org.ridegrid.scenario.CostSpec;
import org.ridegrid.scenario.FleetKind;

/** Gathers a fleet's revenue and cost lines from a finished run's collectors. */
final class EconomicsBuilder {
    private EconomicsBuilder() {
    }

    static FleetEconomics of(Fleet fleet, RideGridModel model, RunCollectors collectors) {
        VehicleStats stats = collectors.vehicles();
        CostSpec costs = fleet.spec().costs();
        ChargingSpec charging = model.scenario().charging();
        double days = model.horizon() / 86_400.0;
        double revenue = 0;
        double padKwh = 0;
        double homeKwh = 0;
        double depotKwh = 0;
        long padSessions = 0;
        long depotVisits = 0;
        double miles = 0;
        for (Vehicle vehicle : fleet.vehicles()) {
            int v = vehicle.index();
            revenue += stats.revenue(v);
            padKwh += stats.kwhCharged(v, ChargeSource.PAD);
            homeKwh += stats.kwhCharged(v, ChargeSource.HOME);
            depotKwh += stats.kwhCharged(v, ChargeSource.DEPOT);
            padSessions += stats.padSessions(v);
            depotVisits += stats.depotVisits(v);
            miles += stats.occupiedMiles(v) + stats.emptyMiles(v);
        }
        Depot depot = fleet.depot();
        double energy = (padKwh + homeKwh) * costs.energyPricePerKwh()
                + (depot == null ? 0.0 : depotKwh * depot.spec().energyPricePerKwh());
        double commission = padKwh * charging.commissionPerKwh() + padSessions * charging.commissionPerSession();
        double cleaning = depot == null ? 0.0 : depotVisits * depot.spec().cleaningCost();
        double land = depot == null ? 0.0 : depot.spec().landCostPerDay() * days * landShare(fleet, model);
        double ownerShare = fleet.kind() == FleetKind.LENT ? revenue * fleet.spec().lent().ownerRevenueShare() : 0.0;
        int vehicles = fleet.vehicles().size();
        return new FleetEconomics(revenue, energy, commission, miles * costs.maintenancePerMile(),
                vehicles * days * costs.insurancePerDay(), cleaning, land, ownerShare, vehicles * days,
                costs.capitalCost());
    }

    /** Returns the fleet's share of its depot's land cost: its vehicles over all vehicles of that depot. */
    private static double landShare(Fleet fleet, RideGridModel model) {
        int total = 0;
        for (Fleet other : model.fleets()) {
            if (other.depot() == fleet.depot()) {
                total += other.vehicles().size();
            }
        }
        return total == 0 ? 0.0 : (double) fleet.vehicles().size() / total;
    }
}
