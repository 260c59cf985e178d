package org.ridegrid.dispatch;

import org.ridegrid.city.CellIndex;
import org.ridegrid.city.GridCity;
import org.ridegrid.city.SimCalendar;
import org.ridegrid.demand.Request;
import org.ridegrid.model.Vehicle;

/**
 * Sends the available vehicle with the shortest driving time to the rider, within a maximum pickup
 * time, among those with the energy for the trip. A vehicle that becomes available takes the
 * waiting rider it reaches soonest (the earliest request on a tie).
 *
 * <p>Both searches walk outward from the start cell ring by ring through a cell index, and stop as
 * soon as the ring's distance at the city's fastest speed cannot beat the best time found. The cost
 * depends on how many vehicles or riders are near, not on the fleet size.
 */
public final class NearestVehicleDispatcher implements Dispatcher {
    private final GridCity city;
    private final SimCalendar calendar;
    private final CellIndex<Vehicle> idleVehicles;
    private final CellIndex<Request> waitingRequests;
    private final Eligibility eligibility;
    private final double maxPickupSeconds;
    private final int[] ring;

    public NearestVehicleDispatcher(GridCity city, SimCalendar calendar, CellIndex<Vehicle> idleVehicles,
            CellIndex<Request> waitingRequests, Eligibility eligibility, double maxPickupMinutes) {
        this.city = city;
        this.calendar = calendar;
        this.idleVehicles = idleVehicles;
        this.waitingRequests = waitingRequests;
        this.eligibility = eligibility;
        this.maxPickupSeconds = maxPickupMinutes * 60.0;
        this.ring = new int[4 * (city.width() + city.height())];
    }

    @Override
    public Vehicle vehicleFor(Request request, double now) {
        if (idleVehicles.size() == 0) {
            return null;
        }
        int hour = calendar.hourOfDay(now);
        boolean weekend = calendar.isWeekend(now);
        int origin = request.origin();
        double secondsPerCell = city.cellMiles() / city.maxSpeedMph(hour, weekend) * SimCalendar.SECONDS_PER_HOUR;
        int maxRadius = Math.min(city.maxRadiusFrom(origin), (int) Math.floor(maxPickupSeconds / secondsPerCell));
        Vehicle best = null;
        double bestSeconds = Double.POSITIVE_INFINITY;
        for (int radius = 0; radius <= maxRadius; radius++) {
            if (radius * secondsPerCell > bestSeconds) {
                break;
            }
            int cells = city.ringCells(origin, radius, ring);
            for (int i = 0; i < cells; i++) {
                Vehicle first = idleVehicles.first(ring[i]);
                if (first == null) {
                    continue;
                }
                // Every idle vehicle of a cell is at that cell, so they share one travel time.
                double seconds = city.travelSeconds(ring[i], origin, hour, weekend);
                if (seconds > bestSeconds || seconds > maxPickupSeconds) {
                    continue;
                }
                for (Vehicle v = first; v != null; v = idleVehicles.next(v)) {
                    boolean better = seconds < bestSeconds || v.index() < best.index();
                    if (better && eligibility.canTake(v, request, radius * city.cellMiles(), seconds, now)) {
                        best = v;
                        bestSeconds = seconds;
                    }
                }
            }
        }
        return best;
    }

    @Override
    public Request requestFor(Vehicle vehicle, double now) {
        if (waitingRequests.size() == 0) {
            return null;
        }
        int hour = calendar.hourOfDay(now);
        boolean weekend = calendar.isWeekend(now);
        int from = vehicle.cell();
        double secondsPerCell = city.cellMiles() / city.maxSpeedMph(hour, weekend) * SimCalendar.SECONDS_PER_HOUR;
        int maxRadius = Math.min(city.maxRadiusFrom(from), (int) Math.floor(maxPickupSeconds / secondsPerCell));
        Request best = null;
        double bestSeconds = Double.POSITIVE_INFINITY;
        for (int radius = 0; radius <= maxRadius; radius++) {
            if (radius * secondsPerCell > bestSeconds) {
                break;
            }
            int cells = city.ringCells(from, radius, ring);
            for (int i = 0; i < cells; i++) {
                Request first = waitingRequests.first(ring[i]);
                if (first == null) {
                    continue;
                }
                // Every rider waiting in a cell starts there, so they share one travel time.
                double seconds = city.travelSeconds(from, ring[i], hour, weekend);
                if (seconds > bestSeconds || seconds > maxPickupSeconds) {
                    continue;
                }
                for (Request r = first; r != null; r = waitingRequests.next(r)) {
                    boolean better = seconds < bestSeconds || r.id() < best.id();
                    if (better && eligibility.canTake(vehicle, r, radius * city.cellMiles(), seconds, now)) {
                        best = r;
                        bestSeconds = seconds;
                    }
                }
            }
        }
        return best;
    }
}
