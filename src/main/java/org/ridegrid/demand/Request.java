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
    private final double outsideMiles;
    private int operatorIndex;
    private double surgeMultiplier = 1.0;
    private double fare = Double.NaN;
    private RequestStatus status = RequestStatus.WAITING;
    private RejectReason rejectReason;
    private int vehicleIndex = -1;
    private double assignTime = Double.NaN;
    private double pickupTime = Double.NaN;
    private double dropoffTime = Double.NaN;
    private double endTime = Double.NaN;

    public Request(long id, double requestTime, int origin, int destination) {
        this(id, requestTime, origin, destination, 0.0);
    }

    /**
     * Creates a request. A positive {@code outsideMiles} makes it a trip that leaves the grid: the rider
     * is dropped that many miles beyond the edge cell {@code destination}.
     */
    public Request(long id, double requestTime, int origin, int destination, double outsideMiles) {
        this.id = id;
        this.requestTime = requestTime;
        this.origin = origin;
        this.destination = destination;
        this.outsideMiles = outsideMiles;
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

    /** Returns the miles the trip runs beyond the grid edge; 0 for a trip inside the city. */
    public double outsideMiles() {
        return outsideMiles;
    }

    public boolean leavesCity() {
        return outsideMiles > 0;
    }

    /** Returns the index of the operator the rider chose. */
    public int operatorIndex() {
        return operatorIndex;
    }

    /** Returns the surge multiplier of the quote the rider accepted (1 without surge). */
    public double surgeMultiplier() {
        return surgeMultiplier;
    }

    /** Returns the quoted fare in dollars, or NaN before a quote. */
    public double fare() {
        return fare;
    }

    /** Records the operator chosen and its quote. */
    public void quote(int operator, double multiplier, double quotedFare) {
        this.operatorIndex = operator;
        this.surgeMultiplier = multiplier;
        this.fare = quotedFare;
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

    public void priceOut(double time) {
        expect(RequestStatus.WAITING, RequestStatus.PRICED_OUT);
        endTime = time;
        status = RequestStatus.PRICED_OUT;
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
