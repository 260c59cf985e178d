package org.ridegrid.model;

import java.util.ArrayDeque;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The owner of a lent car: where they live and work, and the trips they will make with the car.
 * It is scheduled at each planned departure.
 */
public final class Owner implements Steppable {
    private static final long serialVersionUID = 1L;

    /** One trip the owner makes with the car: leave {@code from} at {@code time} for {@code to}. */
    public record Trip(double time, int from, int to) {
    }

    /** Receives an owner's departure time. The model implements it. */
    public interface DepartureHandler {
        void ownerDeparts(Owner owner);
    }

    private final Vehicle car;
    private final int home;
    private final int work;
    final ArrayDeque<Trip> plannedTrips = new ArrayDeque<>();
    int plannedThroughDay = -1;
    /** The trip the owner is waiting to start because the car is not back yet, or null. */
    Trip waitingFor;

    Owner(Vehicle car, int home, int work) {
        this.car = car;
        this.home = home;
        this.work = work;
    }

    @Override
    public void step(SimState state) {
        ((DepartureHandler) state).ownerDeparts(this);
    }

    public Vehicle car() {
        return car;
    }

    public int home() {
        return home;
    }

    public int work() {
        return work;
    }

    /** Returns the next planned trip, or null when none is planned. */
    public Trip nextTrip() {
        return plannedTrips.peekFirst();
    }
}
