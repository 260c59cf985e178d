package org.ridegrid.metrics;

import org.ridegrid.demand.Request;
import org.ridegrid.energy.ChargeSource;
import org.ridegrid.energy.ChargingPad;
import org.ridegrid.energy.Depot;
import org.ridegrid.model.EmptyReason;
import org.ridegrid.model.SimulationListener;
import org.ridegrid.model.Vehicle;
import org.ridegrid.model.VehicleState;

/**
 * Per-vehicle totals over the run: seconds in each state, miles by reason, energy by source, trips,
 * fares and depot visits. Energy used includes a lent car's owner's driving, so that the battery
 * balance holds; owner miles are kept apart from fleet miles.
 * Kept in flat arrays indexed by vehicle, so a run of any length uses fixed memory.
 */
public final class VehicleStats implements SimulationListener {
    /** Miles column 0 contains occupied miles, and column 1 + reason ordinal the empty miles of that reason. */
    public static final int MILE_COLUMNS = 1 + EmptyReason.values().length;

    private static final int STATES = VehicleState.count();

    private final int vehicles;
    private final double[] stateSeconds;
    private final double[] miles;
    private final double[] kwhUsed;
    private final double[] kwhCharged;
    private final long[] chargeSessions;
    private final long[] emptyReturnTrips;
    private final long[] ridersServed;
    private final double[] revenue;
    private final double[] ownerMiles;
    private final double[] kwhBySource;
    private final long[] padSessions;
    private final long[] depotVisits;

    public VehicleStats(int vehicles) {
        this.vehicles = vehicles;
        stateSeconds = new double[vehicles * STATES];
        miles = new double[vehicles * MILE_COLUMNS];
        kwhUsed = new double[vehicles];
        kwhCharged = new double[vehicles];
        chargeSessions = new long[vehicles];
        emptyReturnTrips = new long[vehicles];
        ridersServed = new long[vehicles];
        revenue = new double[vehicles];
        ownerMiles = new double[vehicles];
        kwhBySource = new double[vehicles * ChargeSource.values().length];
        padSessions = new long[vehicles];
        depotVisits = new long[vehicles];
    }

    /** Returns the miles column of an empty reason, or 0 (occupied) for null. */
    public static int mileColumn(EmptyReason reason) {
        return reason == null ? 0 : 1 + reason.ordinal();
    }

    @Override
    public void stateInterval(Vehicle vehicle, VehicleState state, double from, double to) {
        stateSeconds[vehicle.index() * STATES + state.ordinal()] += to - from;
    }

    @Override
    public void legDriven(Vehicle vehicle, VehicleState state, EmptyReason reason, double legMiles, double kwh,
            double from, double to, boolean complete) {
        int v = vehicle.index();
        miles[v * MILE_COLUMNS + mileColumn(reason)] += legMiles;
        kwhUsed[v] += kwh;
        if (vehicle.legIsEmptyReturn()) {
            emptyReturnTrips[v]++;
        }
    }

    @Override
    public void ownerDrove(Vehicle vehicle, double legMiles, double kwh, double from, double to, boolean complete) {
        ownerMiles[vehicle.index()] += legMiles;
        kwhUsed[vehicle.index()] += kwh;
    }

    @Override
    public void depotVisit(Vehicle vehicle, Depot depot, double time) {
        depotVisits[vehicle.index()]++;
    }

    @Override
    public void chargeDelivered(Vehicle vehicle, ChargingPad pad, double kwh, double from, double to,
            boolean complete) {
        kwhCharged[vehicle.index()] += kwh;
        chargeSessions[vehicle.index()]++;
        kwhBySource[vehicle.index() * ChargeSource.values().length + vehicle.chargeSource().ordinal()] += kwh;
        if (pad != null) {
            padSessions[vehicle.index()]++;
        }
    }

    @Override
    public void riderDroppedOff(Request request, Vehicle vehicle, double time) {
        ridersServed[vehicle.index()]++;
        revenue[vehicle.index()] += request.fare();
    }

    public int vehicles() {
        return vehicles;
    }

    public double stateSeconds(int vehicle, VehicleState state) {
        return stateSeconds[vehicle * STATES + state.ordinal()];
    }

    public double miles(int vehicle, int column) {
        return miles[vehicle * MILE_COLUMNS + column];
    }

    public double occupiedMiles(int vehicle) {
        return miles(vehicle, 0);
    }

    public double emptyMiles(int vehicle) {
        double total = 0;
        for (int column = 1; column < MILE_COLUMNS; column++) {
            total += miles(vehicle, column);
        }
        return total;
    }

    public double kwhUsed(int vehicle) {
        return kwhUsed[vehicle];
    }

    public double kwhCharged(int vehicle) {
        return kwhCharged[vehicle];
    }

    public long chargeSessions(int vehicle) {
        return chargeSessions[vehicle];
    }

    public long emptyReturnTrips(int vehicle) {
        return emptyReturnTrips[vehicle];
    }

    public long ridersServed(int vehicle) {
        return ridersServed[vehicle];
    }

    /** Returns the fares in dollars of the riders the vehicle dropped off. */
    public double revenue(int vehicle) {
        return revenue[vehicle];
    }

    /** Returns the miles a lent car's owner drove it; they are not fleet miles. */
    public double ownerMiles(int vehicle) {
        return ownerMiles[vehicle];
    }

    public double kwhCharged(int vehicle, ChargeSource source) {
        return kwhBySource[vehicle * ChargeSource.values().length + source.ordinal()];
    }

    public long padSessions(int vehicle) {
        return padSessions[vehicle];
    }

    public long depotVisits(int vehicle) {
        return depotVisits[vehicle];
    }
}
