package org.ridegrid.metrics;

import java.util.Arrays;

import org.ridegrid.energy.ChargeSource;
import org.ridegrid.energy.ChargingPad;
import org.ridegrid.energy.Depot;
import org.ridegrid.model.SimulationListener;
import org.ridegrid.model.Vehicle;

/** Per-depot totals: visits (each one cleaned), energy charged and the time vehicles waited for a charger. */
public final class DepotStats implements SimulationListener {
    private long[] visits = new long[0];
    private double[] kwh = new double[0];
    private double[] chargerWaitSeconds = new double[0];
    private long[] chargerWaits = new long[0];

    private void ensure(int depot) {
        if (depot >= visits.length) {
            int size = depot + 1;
            visits = Arrays.copyOf(visits, size);
            kwh = Arrays.copyOf(kwh, size);
            chargerWaitSeconds = Arrays.copyOf(chargerWaitSeconds, size);
            chargerWaits = Arrays.copyOf(chargerWaits, size);
        }
    }

    @Override
    public void depotVisit(Vehicle vehicle, Depot depot, double time) {
        ensure(depot.index());
        visits[depot.index()]++;
    }

    @Override
    public void depotChargerWait(Vehicle vehicle, Depot depot, double from, double to) {
        ensure(depot.index());
        chargerWaitSeconds[depot.index()] += to - from;
        chargerWaits[depot.index()]++;
    }

    @Override
    public void chargeDelivered(Vehicle vehicle, ChargingPad pad, double delivered, double from, double to,
            boolean complete) {
        if (vehicle.chargeSource() == ChargeSource.DEPOT) {
            int depot = vehicle.fleet().depot().index();
            ensure(depot);
            kwh[depot] += delivered;
        }
    }

    public long visits(int depot) {
        return depot < visits.length ? visits[depot] : 0;
    }

    public double kwh(int depot) {
        return depot < kwh.length ? kwh[depot] : 0.0;
    }

    public double totalKwh() {
        return Arrays.stream(kwh).sum();
    }

    /** Returns the vehicle-seconds spent waiting for a free charger at the depot. */
    public double chargerWaitSeconds(int depot) {
        return depot < chargerWaitSeconds.length ? chargerWaitSeconds[depot] : 0.0;
    }

    /** Returns how many times a vehicle had to wait for a charger. */
    public long chargerWaits(int depot) {
        return depot < chargerWaits.length ? chargerWaits[depot] : 0;
    }
}
