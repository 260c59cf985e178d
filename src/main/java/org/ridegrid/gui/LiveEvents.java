package org.ridegrid.gui;

import java.util.ArrayDeque;
import java.util.Deque;

import org.ridegrid.city.SimCalendar;
import org.ridegrid.demand.Request;
import org.ridegrid.metrics.RequestStats;
import org.ridegrid.model.RideGridModel;
import org.ridegrid.model.SimulationListener;
import org.ridegrid.model.Vehicle;
import org.ridegrid.model.VehicleState;

/**
 * The view's own record of a run, fed by the model's events: request totals and waits, per-hour
 * waits and abandonments, recent vehicle states, and riders who gave up (drawn fading out for a
 * while). It only reads events and never changes the model.
 *
 * <p>The model keeps its listeners for its whole life, so this one is subscribed once and
 * {@link #reset} gives it empty records when the view restarts the run.
 */
final class LiveEvents implements SimulationListener {
    /** A rider who gave up at {@code time}. */
    record Abandonment(Request request, double time) {
    }

    private final SimCalendar calendar;
    private RequestStats requests;
    private HourlyTally hourly;
    private StateHistory history;
    private final Deque<Abandonment> abandonments = new ArrayDeque<>();

    LiveEvents(RideGridModel model) {
        this.calendar = model.calendar();
        reset(model);
        model.addListener(this);
    }

    /** Starts empty records for a new run of the model; call before the model starts. */
    void reset(RideGridModel model) {
        int vehicles = model.scenario().fleets().stream().mapToInt(f -> f.vehicles()).sum();
        requests = new RequestStats(calendar);
        hourly = new HourlyTally();
        history = new StateHistory(vehicles);
        abandonments.clear();
    }

    RequestStats requests() {
        return requests;
    }

    HourlyTally hourly() {
        return hourly;
    }

    StateHistory history() {
        return history;
    }

    /** Returns the riders who gave up, oldest first. */
    Deque<Abandonment> abandonments() {
        return abandonments;
    }

    /** Forgets the riders who gave up before {@code time}. */
    void forgetAbandonmentsBefore(double time) {
        while (!abandonments.isEmpty() && abandonments.peekFirst().time() < time) {
            abandonments.removeFirst();
        }
    }

    @Override
    public void requestCreated(Request request) {
        requests.requestCreated(request);
    }

    @Override
    public void requestRejected(Request request) {
        requests.requestRejected(request);
    }

    @Override
    public void riderPickedUp(Request request, Vehicle vehicle, double time) {
        requests.riderPickedUp(request, vehicle, time);
        hourly.pickup(calendar.hourIndex(time), request.waitSeconds());
    }

    @Override
    public void riderDroppedOff(Request request, Vehicle vehicle, double time) {
        requests.riderDroppedOff(request, vehicle, time);
    }

    @Override
    public void requestAbandoned(Request request, double tripSeconds, double time) {
        requests.requestAbandoned(request, tripSeconds, time);
        hourly.abandonment(calendar.hourIndex(time));
        abandonments.addLast(new Abandonment(request, time));
    }

    @Override
    public void stateInterval(Vehicle vehicle, VehicleState state, double from, double to) {
        history.record(vehicle.index(), state, from, to);
    }
}
