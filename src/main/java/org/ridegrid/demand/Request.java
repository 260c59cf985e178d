package org.ridegrid.demand;

import org.ridegrid.city.CellEntry;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * One rider's trip request. It is scheduled once, at its patience deadline, when no vehicle takes it
 * at once; by then it may already have been assigned, and the handler ignores it.
 */
public final class Request extends CellEntry implements Steppable {
    private static final long serialVersionUID = 1L;

    /** Receives the deadline event of a waiting request. The model implements it. */
    public interface PatienceHandler {
        void patienceExpired(Request request);
    }

    private final long id;
    private final double requestTime;
    private final int origin;
    private final int destination;
    private RequestStatus status = RequestStatus.WAITING;
    private RejectReason rejectReason;
    private int vehicleIndex = -1;
    private double assignTime = Double.NaN;
    private double pickupTime = Double.NaN;
    private double dropoffTime = Double.NaN;
    private double endTime = Double.NaN;

    public Request(long id, double requestTime, int origin, int destination) {
        this.id = id;
        this.requestTime = requestTime;
        this.origin = origin;
        this.destination = destination;
    }

    @Override
    public void step(SimState state) {
        ((PatienceHandler) state).patienceExpired(this);
    }

    public long id() {
        return id;
    }

    public double requestTime() {
        return requestTime;
    }

    public int origin() {
        return origin;
    }

    public int destination() {
        return destination;
    }

    public RequestStatus status() {
        return status;
    }

    public RejectReason rejectReason() {
        return rejectReason;
    }

    public int vehicleIndex() {
        return vehicleIndex;
    }

    public double assignTime() {
        return assignTime;
    }

    public double pickupTime() {
        return pickupTime;
    }

    public double dropoffTime() {
        return dropoffTime;
    }

    /** Returns the time it was abandoned or rejected, or NaN. */
    public double endTime() {
        return endTime;
    }

    /** Returns the wait from request to pickup in seconds; NaN when not picked up. */
    public double waitSeconds() {
        return pickupTime - requestTime;
    }

    public void assign(int vehicle, double time) {
        expect(RequestStatus.WAITING, RequestStatus.ASSIGNED);
        vehicleIndex = vehicle;
        assignTime = time;
        status = RequestStatus.ASSIGNED;
    }

    public void pickUp(double time) {
        expect(RequestStatus.ASSIGNED, RequestStatus.ON_BOARD);
        pickupTime = time;
        status = RequestStatus.ON_BOARD;
    }

    public void dropOff(double time) {
        expect(RequestStatus.ON_BOARD, RequestStatus.SERVED);
        dropoffTime = time;
        status = RequestStatus.SERVED;
    }

    public void abandon(double time) {
        expect(RequestStatus.WAITING, RequestStatus.ABANDONED);
        endTime = time;
        status = RequestStatus.ABANDONED;
    }

    public void reject(RejectReason reason, double time) {
        expect(RequestStatus.WAITING, RequestStatus.REJECTED);
        rejectReason = reason;
        endTime = time;
        status = RequestStatus.REJECTED;
    }

    private void expect(RequestStatus required, RequestStatus next) {
        if (status != required) {
            throw new IllegalStateException("request " + id + " cannot go from " + status + " to " + next);
        }
    }

    @Override
    public String toString() {
        return "Request[" + id + ", " + status + ", cells " + origin + "->" + destination + "]";
    }
}
