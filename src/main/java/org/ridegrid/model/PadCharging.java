package org.ridegrid.model;

import org.ridegrid.city.SimCalendar;
import org.ridegrid.energy.ChargeSource;
import org.ridegrid.energy.ChargingPad;
import org.ridegrid.energy.PadNetwork;
import org.ridegrid.scenario.ChargingSpec;

/**
 * The charging rule of vehicles that charge at pads: go to a pad below the charge threshold and charge
 * to the target; top up at a free nearby pad after idling a while below the top-up threshold. A
 * vehicle picks, among its cell's nearest pads, the one with the least driving time plus expected wait.
 */
final class PadCharging {
    /** Seconds between idle checks when the scenario sets the idle time before a top-up to zero. */
    private static final double MIN_IDLE_CHECK_SECONDS = 60.0;

    private final FleetOperations operations;
    private final PadNetwork pads;
    private final ChargingSpec charging;

    PadCharging(FleetOperations operations, PadNetwork pads, ChargingSpec charging) {
        this.operations = operations;
        this.pads = pads;
        this.charging = charging;
    }

    boolean needsCharge(Vehicle vehicle) {
        return pads.size() > 0 && vehicle.battery().share() < charging.chargeBelowShare();
    }

    /** Returns when an idle vehicle next checks for a top-up, or NaN when it never needs to. */
    double nextTopUpCheck(Vehicle vehicle, double now) {
        if (pads.size() == 0 || vehicle.battery().share() >= charging.topUpBelowShare()) {
            return Double.NaN;
        }
        return now + Math.max(MIN_IDLE_CHECK_SECONDS, charging.topUpAfterIdleMinutes() * 60.0);
    }

    /** Sends an idle vehicle to a free pad within the top-up drive time. Returns false when there is none. */
    boolean topUp(Vehicle vehicle, double now) {
        ChargingPad pad = choosePad(vehicle, now, charging.topUpMaxDriveMinutes() * 60.0, true);
        if (pad == null) {
            return false;
        }
        operations.removeIdle(vehicle);
        goCharge(vehicle, pad, now);
        return true;
    }

    void goCharge(Vehicle vehicle, double now) {
        ChargingPad pad = choosePad(vehicle, now, Double.POSITIVE_INFINITY, false);
        if (pad == null) {
            // NOTE: only reachable when the vehicle cannot reach even its nearest pad; it then waits idle
            // and serves only riders it still has the energy for.
            if (vehicle.state != VehicleState.IDLE) {
                operations.setState(vehicle, VehicleState.IDLE, now);
            }
            operations.addIdle(vehicle);
            return;
        }
        goCharge(vehicle, pad, now);
    }

    private void goCharge(Vehicle vehicle, ChargingPad pad, double now) {
        pad.reserve();
        vehicle.pad = pad;
        operations.startLeg(vehicle, VehicleState.TO_CHARGER, pad.cell(), 0.0, false, now);
    }

    /**
     * Chooses among the cell's nearest pads the one with the least driving time plus expected wait.
     * With {@code freeOnly}, only pads with a free place within {@code maxDriveSeconds} qualify.
     */
    private ChargingPad choosePad(Vehicle vehicle, double now, double maxDriveSeconds, boolean freeOnly) {
        int from = vehicle.cell;
        int hour = operations.calendar.hourOfDay(now);
        boolean weekend = operations.calendar.isWeekend(now);
        double consumption = vehicle.fleet().spec().consumptionKwhPerMile();
        double capacity = vehicle.battery().capacityKwh();
        ChargingPad best = null;
        double bestScore = Double.POSITIVE_INFINITY;
        for (int rank = 0; rank < pads.candidateCount(from); rank++) {
            ChargingPad pad = pads.candidate(from, rank);
            double seconds = operations.city.travelSeconds(from, pad.cell(), hour, weekend);
            boolean reachable = operations.city.miles(from, pad.cell()) * consumption <= vehicle.battery().chargeKwh();
            if (!reachable || seconds > maxDriveSeconds || (freeOnly && !pad.hasFreePlaceFor(1))) {
                continue;
            }
            double score = seconds;
            if (!pad.hasFreePlaceFor(1)) {
                double sessionSeconds = capacity * (charging.chargeToShare() - charging.chargeBelowShare())
                        / pad.powerKw() * SimCalendar.SECONDS_PER_HOUR;
                score += (pad.load() - pad.places() + 1) * sessionSeconds / pad.places();
            }
            if (score < bestScore) {
                best = pad;
                bestScore = score;
            }
        }
        return best;
    }

    void arrived(Vehicle vehicle, double now) {
        if (vehicle.pad.arrive(vehicle.index())) {
            startCharging(vehicle, now);
        } else {
            operations.setState(vehicle, VehicleState.QUEUED_FOR_CHARGER, now);
        }
    }

    private void startCharging(Vehicle vehicle, double now) {
        double target = charging.chargeToShare() * vehicle.battery().capacityKwh();
        if (target <= vehicle.battery().chargeKwh()) {
            releasePad(vehicle, now);
            operations.becomeAvailable(vehicle, now);
            return;
        }
        operations.setState(vehicle, VehicleState.CHARGING, now);
        operations.startCharge(vehicle, ChargeSource.PAD, target, vehicle.pad.powerKw(), now);
    }

    void chargeComplete(Vehicle vehicle, double now) {
        operations.endCharge(vehicle, now, true);
        releasePad(vehicle, now);
        operations.becomeAvailable(vehicle, now);
    }

    private void releasePad(Vehicle vehicle, double now) {
        ChargingPad pad = vehicle.pad;
        vehicle.pad = null;
        int next = pad.release();
        if (next >= 0) {
            startCharging(operations.vehicles[next], now);
        }
    }
}
