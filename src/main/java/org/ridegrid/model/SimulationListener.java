package org.ridegrid.model;

import org.ridegrid.demand.Request;
import org.ridegrid.energy.ChargingPad;
import org.ridegrid.energy.Depot;

/**
 * Domain events of a run. Statistics collectors, output writers and tests subscribe to them, so
 * no agent computes a metric itself. Times are simulated seconds.
 */
public interface SimulationListener {
    default void requestCreated(Request request) {
    }

    default void requestRejected(Request request) {
    }

    default void requestAssigned(Request request, Vehicle vehicle, double time) {
    }

    default void riderPickedUp(Request request, Vehicle vehicle, double time) {
    }

    default void riderDroppedOff(Request request, Vehicle vehicle, double time) {
    }

    /**
     * A waiting rider gave up. {@code tripSeconds} is how long the trip itself would have taken,
     * for the vehicle deficit estimate.
     */
    default void requestAbandoned(Request request, double tripSeconds, double time) {
    }

    /** A vehicle spent [from, to) in {@code state}. Every instant of every vehicle is reported once. */
    default void stateInterval(Vehicle vehicle, VehicleState state, double from, double to) {
    }

    /**
     * A vehicle drove {@code miles} between {@code from} and {@code to}, using {@code kwh}. The reason is
     * null for occupied miles. A leg cut by the end of the run is reported for the part driven.
     */
    default void legDriven(Vehicle vehicle, VehicleState state, EmptyReason reason, double miles, double kwh,
            double from, double to, boolean complete) {
    }

    /**
     * A charger delivered {@code kwh} to a vehicle over [from, to); {@code complete} is false when the
     * session was cut short (the run ended, or a lent car's owner took it). {@code pad} is null for depot
     * and home chargers; {@link Vehicle#chargeSource()} returns which.
     */
    default void chargeDelivered(Vehicle vehicle, ChargingPad pad, double kwh, double from, double to,
            boolean complete) {
    }

    /** The rider declined a surge-priced quote; the request ends as priced out. */
    default void requestPricedOut(Request request) {
    }

    /** A lent car's owner drove it: these miles and energy are the owner's, not the fleet's. */
    default void ownerDrove(Vehicle vehicle, double miles, double kwh, double from, double to, boolean complete) {
    }

    /** A lent car reached the place its owner needs it {@code minutesLate} after the time it was due. */
    default void ownerLate(Vehicle vehicle, double minutesLate, double time) {
    }

    /** A depot vehicle entered its depot, where it is cleaned. */
    default void depotVisit(Vehicle vehicle, Depot depot, double time) {
    }

    /** A depot vehicle waited over [from, to) for a free charger. */
    default void depotChargerWait(Vehicle vehicle, Depot depot, double from, double to) {
    }

    /** The clock reached the start of hour {@code hourIndex}; sent before any other event of that time. */
    default void hourStarted(int hourIndex, double time) {
    }

    /** The run reached its horizon; every open interval has been reported. */
    default void runEnded(double time) {
    }
}
