package org.ridegrid.model;

import java.util.Arrays;

import org.ridegrid.demand.Request;
import org.ridegrid.energy.ChargingPad;
import org.ridegrid.energy.Depot;

/** Forwards every event to the subscribed listeners, in the order they subscribed. */
final class ListenerList implements SimulationListener {
    private SimulationListener[] listeners = new SimulationListener[0];

    void add(SimulationListener listener) {
        listeners = Arrays.copyOf(listeners, listeners.length + 1);
        listeners[listeners.length - 1] = listener;
    }

    @Override
    public void requestCreated(Request request) {
        for (SimulationListener l : listeners) {
            l.requestCreated(request);
        }
    }

    @Override
    public void requestRejected(Request request) {
        for (SimulationListener l : listeners) {
            l.requestRejected(request);
        }
    }

    @Override
    public void requestAssigned(Request request, Vehicle vehicle, double time) {
        for (SimulationListener l : listeners) {
            l.requestAssigned(request, vehicle, time);
        }
    }

    @Override
    public void riderPickedUp(Request request, Vehicle vehicle, double time) {
        for (SimulationListener l : listeners) {
            l.riderPickedUp(request, vehicle, time);
        }
    }

    @Override
    public void riderDroppedOff(Request request, Vehicle vehicle, double time) {
        for (SimulationListener l : listeners) {
            l.riderDroppedOff(request, vehicle, time);
        }
    }

    @Override
    public void requestAbandoned(Request request, double tripSeconds, double time) {
        for (SimulationListener l : listeners) {
            l.requestAbandoned(request, tripSeconds, time);
        }
    }

    @Override
    public void stateInterval(Vehicle vehicle, VehicleState state, double from, double to) {
        for (SimulationListener l : listeners) {
            l.stateInterval(vehicle, state, from, to);
        }
    }

    @Override
    public void legDriven(Vehicle vehicle, VehicleState state, EmptyReason reason, double miles, double kwh,
            double from, double to, boolean complete) {
        for (SimulationListener l : listeners) {
            l.legDriven(vehicle, state, reason, miles, kwh, from, to, complete);
        }
    }

    @Override
    public void chargeDelivered(Vehicle vehicle, ChargingPad pad, double kwh, double from, double to,
            boolean complete) {
        for (SimulationListener l : listeners) {
            l.chargeDelivered(vehicle, pad, kwh, from, to, complete);
        }
    }

    @Override
    public void requestPricedOut(Request request) {
        for (SimulationListener l : listeners) {
            l.requestPricedOut(request);
        }
    }

    @Override
    public void ownerDrove(Vehicle vehicle, double miles, double kwh, double from, double to, boolean complete) {
        for (SimulationListener l : listeners) {
            l.ownerDrove(vehicle, miles, kwh, from, to, complete);
        }
    }

    @Override
    public void ownerLate(Vehicle vehicle, double minutesLate, double time) {
        for (SimulationListener l : listeners) {
            l.ownerLate(vehicle, minutesLate, time);
        }
    }

    @Override
    public void depotVisit(Vehicle vehicle, Depot depot, double time) {
        for (SimulationListener l : listeners) {
            l.depotVisit(vehicle, depot, time);
        }
    }

    @Override
    public void depotChargerWait(Vehicle vehicle, Depot depot, double from, double to) {
        for (SimulationListener l : listeners) {
            l.depotChargerWait(vehicle, depot, from, to);
        }
    }

    @Override
    public void hourStarted(int hourIndex, double time) {
        for (SimulationListener l : listeners) {
            l.hourStarted(hourIndex, time);
        }
    }

    @Override
    public void runEnded(double time) {
        for (SimulationListener l : listeners) {
            l.runEnded(time);
        }
    }
}
