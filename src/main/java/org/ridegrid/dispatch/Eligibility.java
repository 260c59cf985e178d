package org.ridegrid.dispatch;

import org.ridegrid.city.GridCity;
import org.ridegrid.energy.PadNetwork;
import org.ridegrid.demand.Request;
import org.ridegrid.model.Fleet;
import org.ridegrid.model.Owner;
import org.ridegrid.model.Vehicle;
import org.ridegrid.scenario.FleetKind;

/**
 * Decides whether a vehicle may take a rider. The rider must start inside the fleet's service area.
 * The vehicle must have the energy for the drive to the rider, the trip, any empty return into the
 * service area, the drive on to where it charges (the nearest pad, its depot, or for a lent car its
 * owner's place and the owner's next trip) and its reserve. A lent car must also be back where its
 * owner needs it in time, counted with the slowest travel times of the week, so congestion can never
 * make it late.
 */
public final class Eligibility {
    private final GridCity city;
    private final PadNetwork pads;
    private final double reserveShare;

    public Eligibility(GridCity city, PadNetwork pads, double reserveShare) {
        this.city = city;
        this.pads = pads;
        this.reserveShare = reserveShare;
    }

    /** Returns the grid miles from a cell to the nearest pad, or 0 when the city has no pads. */
    private double milesToNearestPad(int cell) {
        return pads.size() == 0 ? 0.0 : pads.nearestPadMiles(cell);
    }

    /** Returns whether a trip served by {@code fleet} ends with an empty drive back into its service area. */
    public static boolean returnsEmpty(Fleet fleet, Request request) {
        return request.leavesCity() || !fleet.serves(request.destination());
    }

    /** Returns the cell where a vehicle of {@code fleet} is free again after serving {@code request}. */
    public static int endCell(Fleet fleet, Request request) {
        return returnsEmpty(fleet, request) ? fleet.nearestServed(request.destination()) : request.destination();
    }

    /** Returns the empty miles back into the service area after the drop-off; 0 when none. */
    public double returnMiles(Fleet fleet, Request request) {
        if (!returnsEmpty(fleet, request)) {
            return 0.0;
        }
        return request.outsideMiles() + city.miles(request.destination(), fleet.nearestServed(request.destination()));
    }

    public double tripMiles(Request request) {
        return city.miles(request.origin(), request.destination()) + request.outsideMiles();
    }

    public boolean canTake(Vehicle vehicle, Request request, double pickupMiles, double pickupSeconds, double now) {
        Fleet fleet = vehicle.fleet();
        if (!fleet.serves(request.origin())) {
            return false;
        }
        int end = endCell(fleet, request);
        double miles = pickupMiles + tripMiles(request) + returnMiles(fleet, request) + milesAfter(vehicle, end);
        double needed = miles * fleet.spec().consumptionKwhPerMile() + reserveShare * vehicle.battery().capacityKwh();
        if (needed > vehicle.battery().chargeKwh()) {
            return false;
        }
        if (fleet.kind() != FleetKind.LENT) {
            return true;
        }
        double seconds = pickupSeconds + city.worstTravelSeconds(request.origin(), request.destination())
                + city.worstOutsideSeconds(request.outsideMiles());
        if (returnsEmpty(fleet, request)) {
            seconds += city.worstOutsideSeconds(request.outsideMiles())
                    + city.worstTravelSeconds(request.destination(), end);
        }
        seconds += city.worstTravelSeconds(end, vehicle.anchorCell());
        return now + seconds <= vehicle.returnBy();
    }

    /** Returns whether an idle vehicle may drive empty to {@code target} and still meet every rule above. */
    public boolean canMove(Vehicle vehicle, int target, double now) {
        Fleet fleet = vehicle.fleet();
        if (!fleet.serves(target)) {
            return false;
        }
        double miles = city.miles(vehicle.cell(), target) + milesAfter(vehicle, target);
        double needed = miles * fleet.spec().consumptionKwhPerMile() + reserveShare * vehicle.battery().capacityKwh();
        if (needed > vehicle.battery().chargeKwh()) {
            return false;
        }
        return fleet.kind() != FleetKind.LENT || now + city.worstTravelSeconds(vehicle.cell(), target)
                + city.worstTravelSeconds(target, vehicle.anchorCell()) <= vehicle.returnBy();
    }

    /** Returns the miles a vehicle must still be able to drive after reaching {@code cell}. */
    private double milesAfter(Vehicle vehicle, int cell) {
        Fleet fleet = vehicle.fleet();
        switch (fleet.kind()) {
            case DEPOT:
                return city.miles(cell, fleet.depot().cell());
            case LENT: {
                double miles = city.miles(cell, vehicle.anchorCell());
                Owner.Trip next = vehicle.owner().nextTrip();
                return next == null ? miles : miles + city.miles(next.from(), next.to());
            }
            default:
                return milesToNearestPad(cell);
        }
    }

    /** Returns whether a vehicle of {@code fleet}, charged to {@code chargeShare} and already at the rider, could do the trip. */
    public boolean fleetCouldEverServe(Fleet fleet, Request request, double chargeShare) {
        if (!fleet.serves(request.origin())) {
            return false;
        }
        int end = endCell(fleet, request);
        double after = switch (fleet.kind()) {
            case DEPOT -> city.miles(end, fleet.depot().cell());
            case LENT -> 0.0;
            default -> milesToNearestPad(end);
        };
        double miles = tripMiles(request) + returnMiles(fleet, request) + after;
        return miles * fleet.spec().consumptionKwhPerMile() <= (chargeShare - reserveShare) * fleet.spec().batteryKwh();
    }
}
