package org.ridegrid.dispatch;

import org.ridegrid.demand.Request;
import org.ridegrid.model.Vehicle;

/**
 * Matches riders and vehicles. The model asks when a request arrives and each time a vehicle
 * becomes available; the dispatcher only chooses, and the model carries the choice out.
 */
public interface Dispatcher {
    /** Returns the available vehicle to send to a new request, or null when none can take it. */
    Vehicle vehicleFor(Request request, double now);

    /** Returns the waiting request a vehicle that just became available should serve, or null. */
    Request requestFor(Vehicle vehicle, double now);
}
