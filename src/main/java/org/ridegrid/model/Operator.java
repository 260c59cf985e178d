package org.ridegrid.model;

import org.ridegrid.city.CellIndex;
import org.ridegrid.demand.Request;
import org.ridegrid.dispatch.Dispatcher;
import org.ridegrid.scenario.OperatorSpec;

/**
 * A ride-hail operator at run time: the idle vehicles of its fleets and the riders waiting for them,
 * each in a cell index, and per-zone counts of both for surge pricing.
 */
public final class Operator {
    private final int index;
    private final OperatorSpec spec;
    final CellIndex<Vehicle> idleVehicles;
    final CellIndex<Request> waitingRequests;
    final int[] idleByZone;
    final int[] waitingByZone;
    Dispatcher dispatcher;

    Operator(int index, OperatorSpec spec, int cells, int zones) {
        this.index = index;
        this.spec = spec;
        this.idleVehicles = new CellIndex<>(cells);
        this.waitingRequests = new CellIndex<>(cells);
        this.idleByZone = new int[zones];
        this.waitingByZone = new int[zones];
    }

    public int index() {
        return index;
    }

    public OperatorSpec spec() {
        return spec;
    }

    public String name() {
        return spec.name();
    }

    public int idleVehicles() {
        return idleVehicles.size();
    }

    public int waitingRequests() {
        return waitingRequests.size();
    }

    public int idleInZone(int zone) {
        return idleByZone[zone];
    }

    public int waitingInZone(int zone) {
        return waitingByZone[zone];
    }

    public Dispatcher dispatcher() {
        return dispatcher;
    }
}
