package org.ridegrid.dispatch;

import org.ridegrid.energy.PadNetwork;
import org.ridegrid.model.Fleet;
import org.ridegrid.model.Vehicle;
import org.ridegrid.scenario.ChargingSpec;

/**
 * Decides whether a vehicle has the energy for a trip: the drive to the rider, the trip, the drive
 * from the drop-off to the nearest pad, and the reserve share of its battery still in hand.
 */
public final class EnergyCheck {
    private final PadNetwork pads;
    private final double reserveShare;
    private final double chargeToShare;

    public EnergyCheck(PadNetwork pads, ChargingSpec charging) {
        this.pads = pads;
        this.reserveShare = charging.reserveShare();
        this.chargeToShare = charging.chargeToShare();
    }

    /** Returns the grid miles from a cell to the nearest pad, or 0 when the city has no pads. */
    public double milesToNearestPad(int cell) {
        return pads.size() == 0 ? 0.0 : pads.nearestPadMiles(cell);
    }

    public boolean canServe(Vehicle vehicle, double pickupMiles, double tripMiles, int destination) {
        double consumption = vehicle.fleet().spec().consumptionKwhPerMile();
        double needed = consumption * (pickupMiles + tripMiles + milesToNearestPad(destination))
                + reserveShare * vehicle.battery().capacityKwh();
        return needed <= vehicle.battery().chargeKwh();
    }

    /** Whether a vehicle of this fleet, charged to its target and at the rider already, could do the trip. */
    public boolean fleetCouldEverServe(Fleet fleet, double tripMiles, int destination) {
        double consumption = fleet.spec().consumptionKwhPerMile();
        double needed = consumption * (tripMiles + milesToNearestPad(destination));
        return needed <= (chargeToShare - reserveShare) * fleet.spec().batteryKwh();
    }

    /** Whether a vehicle at {@code from} can drive to {@code to} and from there to the nearest pad, keeping its reserve. */
    public boolean canDrive(Vehicle vehicle, double miles, int to) {
        return canServe(vehicle, 0.0, miles, to);
    }
}
