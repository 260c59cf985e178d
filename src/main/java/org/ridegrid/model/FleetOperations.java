package org.ridegrid.model;

import org.ridegrid.city.CellIndex;
import org.ridegrid.city.GridCity;
import org.ridegrid.city.SimCalendar;
import org.ridegrid.demand.RejectReason;
import org.ridegrid.demand.Request;
import org.ridegrid.demand.RequestStatus;
import org.ridegrid.dispatch.Dispatcher;
import org.ridegrid.dispatch.EnergyCheck;
import org.ridegrid.dispatch.RepositioningPolicy;
import org.ridegrid.energy.ChargingPad;
import org.ridegrid.energy.PadNetwork;
import org.ridegrid.scenario.ChargingSpec;

import sim.engine.Schedule;

/**
 * Carries out every vehicle and request change of state: assignment, pickup, drop-off, abandonment,
 * charging and repositioning. Each change is reported to the listeners as it happens.
 */
final class FleetOperations implements RepositioningPolicy.MoveSink {
    /** Seconds between idle checks when the scenario sets the idle time before a top-up to zero. */
    private static final double MIN_IDLE_CHECK_SECONDS = 60.0;

    private final GridCity city;
    private final SimCalendar calendar;
    private final Schedule schedule;
    private final SimulationListener listeners;
    private final CellIndex<Vehicle> idleVehicles;
    private final CellIndex<Request> waitingRequests;
    private final PadNetwork pads;
    private final EnergyCheck energy;
    private final ChargingSpec charging;
    private final double maxWaitSeconds;
    private final Vehicle[] vehicles;
    private final Fleet[] fleets;
    private Dispatcher dispatcher;
    private int openRequests;

    FleetOperations(GridCity city, SimCalendar calendar, Schedule schedule, SimulationListener listeners,
            CellIndex<Vehicle> idleVehicles, CellIndex<Request> waitingRequests, PadNetwork pads,
            EnergyCheck energy, ChargingSpec charging, double maxWaitMinutes, Vehicle[] vehicles, Fleet[] fleets) {
        this.city = city;
        this.calendar = calendar;
        this.schedule = schedule;
        this.listeners = listeners;
        this.idleVehicles = idleVehicles;
        this.waitingRequests = waitingRequests;
        this.pads = pads;
        this.energy = energy;
        this.charging = charging;
        this.maxWaitSeconds = maxWaitMinutes * 60.0;
        this.vehicles = vehicles;
        this.fleets = fleets;
    }

    void setDispatcher(Dispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    /** Returns the requests created and not yet served, abandoned or rejected. */
    int openRequests() {
        return openRequests;
    }

    // ---- requests ----

    void requestArrived(Request request, double now) {
        openRequests++;
        listeners.requestCreated(request);
        if (request.origin() == request.destination()) {
            reject(request, RejectReason.SAME_CELL, now);
            return;
        }
        if (!anyFleetCouldServe(request)) {
            reject(request, RejectReason.BEYOND_VEHICLE_RANGE, now);
            return;
        }
        Vehicle vehicle = dispatcher.vehicleFor(request, now);
        if (vehicle != null) {
            assign(vehicle, request, now);
            return;
        }
        waitingRequests.add(request, request.origin());
        schedule.scheduleOnce(now + maxWaitSeconds, RideGridModel.ORDER_VEHICLES, request);
    }

    private boolean anyFleetCouldServe(Request request) {
        double tripMiles = city.miles(request.origin(), request.destination());
        for (Fleet fleet : fleets) {
            if (energy.fleetCouldEverServe(fleet, tripMiles, request.destination())) {
                return true;
            }
        }
        return false;
    }

    private void reject(Request request, RejectReason reason, double now) {
        request.reject(reason, now);
        openRequests--;
        listeners.requestRejected(request);
    }

    void patienceExpired(Request request, double now) {
        if (request.status() != RequestStatus.WAITING) {
            return;
        }
        waitingRequests.remove(request);
        request.abandon(now);
        openRequests--;
        double tripSeconds = city.travelSeconds(request.origin(), request.destination(),
                calendar.hourOfDay(request.requestTime()), calendar.isWeekend(request.requestTime()));
        listeners.requestAbandoned(request, tripSeconds, now);
    }

    private void assign(Vehicle vehicle, Request request, double now) {
        if (vehicle.isIndexed()) {
            idleVehicles.remove(vehicle);
        }
        request.assign(vehicle.index(), now);
        vehicle.request = request;
        listeners.requestAssigned(request, vehicle, now);
        startLeg(vehicle, VehicleState.TO_PICKUP, request.origin(), now);
    }

    // ---- vehicles ----

    /** Places a vehicle at the start of the run: idle where it stands, or off to a pad when low. */
    void startVehicle(Vehicle vehicle, double now) {
        vehicle.state = VehicleState.IDLE;
        vehicle.stateSince = now;
        if (needsCharge(vehicle)) {
            goCharge(vehicle, now);
        } else {
            waitIdle(vehicle, now);
        }
    }

    void decisionPoint(Vehicle vehicle, double now) {
        switch (vehicle.state) {
            case TO_PICKUP, OCCUPIED, TO_CHARGER, REPOSITIONING -> {
                finishLeg(vehicle, now);
                arrived(vehicle, now);
            }
            case CHARGING -> chargeComplete(vehicle, now);
            case IDLE -> idleCheck(vehicle, now);
            default -> throw new IllegalStateException("vehicle " + vehicle.id() + " has a decision point in state "
                    + vehicle.state + " at " + calendar.format(now));
        }
    }

    private void arrived(Vehicle vehicle, double now) {
        switch (vehicle.state) {
            case TO_PICKUP -> {
                Request request = vehicle.request;
                request.pickUp(now);
                listeners.riderPickedUp(request, vehicle, now);
                startLeg(vehicle, VehicleState.OCCUPIED, request.destination(), now);
            }
            case OCCUPIED -> {
                Request request = vehicle.request;
                request.dropOff(now);
                openRequests--;
                vehicle.request = null;
                listeners.riderDroppedOff(request, vehicle, now);
                becomeAvailable(vehicle, now);
            }
            case TO_CHARGER -> {
                if (vehicle.pad.arrive(vehicle.index())) {
                    startCharging(vehicle, now);
                } else {
                    setState(vehicle, VehicleState.QUEUED_FOR_CHARGER, now);
                }
            }
            case REPOSITIONING -> becomeAvailable(vehicle, now);
            default -> throw new IllegalStateException("vehicle " + vehicle.id() + " arrived in state " + vehicle.state);
        }
    }

    /** Sends a vehicle that has just become free to charge, to a waiting rider, or into the idle pool. */
    private void becomeAvailable(Vehicle vehicle, double now) {
        if (needsCharge(vehicle)) {
            goCharge(vehicle, now);
            return;
        }
        Request request = dispatcher.requestFor(vehicle, now);
        if (request != null) {
            waitingRequests.remove(request);
            assign(vehicle, request, now);
            return;
        }
        setState(vehicle, VehicleState.IDLE, now);
        waitIdle(vehicle, now);
    }

    private void waitIdle(Vehicle vehicle, double now) {
        idleVehicles.add(vehicle, vehicle.cell);
        if (pads.size() > 0 && vehicle.battery().share() < charging.topUpBelowShare()) {
            double delay = Math.max(MIN_IDLE_CHECK_SECONDS, charging.topUpAfterIdleMinutes() * 60.0);
            scheduleDecision(vehicle, now + delay);
        }
    }

    private void idleCheck(Vehicle vehicle, double now) {
        ChargingPad pad = choosePad(vehicle, now, charging.topUpMaxDriveMinutes() * 60.0, true);
        if (pad != null) {
            idleVehicles.remove(vehicle);
            goCharge(vehicle, pad, now);
        } else {
            double delay = Math.max(MIN_IDLE_CHECK_SECONDS, charging.topUpAfterIdleMinutes() * 60.0);
            scheduleDecision(vehicle, now + delay);
        }
    }

    @Override
    public void move(Vehicle vehicle, int targetCell) {
        double now = schedule.getTime();
        idleVehicles.remove(vehicle);
        startLeg(vehicle, VehicleState.REPOSITIONING, targetCell, now);
    }

    // ---- charging ----

    private boolean needsCharge(Vehicle vehicle) {
        return pads.size() > 0 && vehicle.battery().share() < charging.chargeBelowShare();
    }

    private void goCharge(Vehicle vehicle, double now) {
        ChargingPad pad = choosePad(vehicle, now, Double.POSITIVE_INFINITY, false);
        if (pad == null) {
            // NOTE: only reachable when the vehicle cannot reach even its nearest pad; it then waits idle
            // and serves only riders it still has the energy for.
            if (vehicle.state != VehicleState.IDLE) {
                setState(vehicle, VehicleState.IDLE, now);
            }
            idleVehicles.add(vehicle, vehicle.cell);
            return;
        }
        goCharge(vehicle, pad, now);
    }

    private void goCharge(Vehicle vehicle, ChargingPad pad, double now) {
        pad.reserve();
        vehicle.pad = pad;
        startLeg(vehicle, VehicleState.TO_CHARGER, pad.cell(), now);
    }

    /**
     * Chooses among the cell's nearest pads the one with the least driving time plus expected wait.
     * With {@code freeOnly}, only pads with a free place within {@code maxDriveSeconds} qualify.
     */
    private ChargingPad choosePad(Vehicle vehicle, double now, double maxDriveSeconds, boolean freeOnly) {
        int from = vehicle.cell;
        int hour = calendar.hourOfDay(now);
        boolean weekend = calendar.isWeekend(now);
        double consumption = vehicle.fleet().spec().consumptionKwhPerMile();
        double capacity = vehicle.battery().capacityKwh();
        ChargingPad best = null;
        double bestScore = Double.POSITIVE_INFINITY;
        for (int rank = 0; rank < pads.candidateCount(from); rank++) {
            ChargingPad pad = pads.candidate(from, rank);
            double seconds = city.travelSeconds(from, pad.cell(), hour, weekend);
            boolean reachable = city.miles(from, pad.cell()) * consumption <= vehicle.battery().chargeKwh();
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

    private void startCharging(Vehicle vehicle, double now) {
        double target = charging.chargeToShare() * vehicle.battery().capacityKwh();
        double needed = target - vehicle.battery().chargeKwh();
        if (needed <= 0) {
            releasePad(vehicle, now);
            becomeAvailable(vehicle, now);
            return;
        }
        setState(vehicle, VehicleState.CHARGING, now);
        vehicle.chargeStart = now;
        vehicle.chargeTargetKwh = target;
        scheduleDecision(vehicle, now + needed / vehicle.pad.powerKw() * SimCalendar.SECONDS_PER_HOUR);
    }

    private void chargeComplete(Vehicle vehicle, double now) {
        double kwh = vehicle.chargeTargetKwh - vehicle.battery().chargeKwh();
        vehicle.battery().charge(kwh, vehicle.id());
        listeners.chargeDelivered(vehicle, vehicle.pad, kwh, vehicle.chargeStart, now, true);
        releasePad(vehicle, now);
        becomeAvailable(vehicle, now);
    }

    private void releasePad(Vehicle vehicle, double now) {
        ChargingPad pad = vehicle.pad;
        vehicle.pad = null;
        int next = pad.release();
        if (next >= 0) {
            startCharging(vehicles[next], now);
        }
    }

    // ---- legs and states ----

    private void startLeg(Vehicle vehicle, VehicleState state, int to, double now) {
        setState(vehicle, state, now);
        vehicle.driving = true;
        vehicle.legFrom = vehicle.cell;
        vehicle.legTo = to;
        vehicle.legStart = now;
        vehicle.legMiles = city.miles(vehicle.cell, to);
        vehicle.legReason = state.drivingReason();
        double seconds = city.travelSeconds(vehicle.cell, to, calendar.hourOfDay(now), calendar.isWeekend(now));
        vehicle.legEnd = now + seconds;
        if (seconds == 0.0) {
            finishLeg(vehicle, now);
            arrived(vehicle, now);
        } else {
            scheduleDecision(vehicle, vehicle.legEnd);
        }
    }

    private void finishLeg(Vehicle vehicle, double now) {
        double kwh = vehicle.legMiles * vehicle.fleet().spec().consumptionKwhPerMile();
        vehicle.battery().drain(kwh, vehicle.id());
        vehicle.driving = false;
        vehicle.cell = vehicle.legTo;
        if (vehicle.legMiles > 0) {
            listeners.legDriven(vehicle, vehicle.state, vehicle.legReason, vehicle.legMiles, kwh,
                    vehicle.legStart, now, true);
        }
    }

    private void setState(Vehicle vehicle, VehicleState next, double now) {
        StateTransitions.check(vehicle, vehicle.state, next, now);
        if (now > vehicle.stateSince) {
            listeners.stateInterval(vehicle, vehicle.state, vehicle.stateSince, now);
        }
        vehicle.state = next;
        vehicle.stateSince = now;
        vehicle.nextDecision = Double.NaN;
    }

    private void scheduleDecision(Vehicle vehicle, double time) {
        vehicle.nextDecision = time;
        schedule.scheduleOnce(time, RideGridModel.ORDER_VEHICLES, vehicle);
    }

    /** Reports the partial legs, charges and state intervals still open when the run ends. */
    void closeAt(double end) {
        for (Vehicle vehicle : vehicles) {
            if (vehicle.driving) {
                double fraction = vehicle.legProgress(end);
                double miles = vehicle.legMiles * fraction;
                double kwh = miles * vehicle.fleet().spec().consumptionKwhPerMile();
                vehicle.battery().drain(kwh, vehicle.id());
                if (miles > 0) {
                    listeners.legDriven(vehicle, vehicle.state, vehicle.legReason, miles, kwh,
                            vehicle.legStart, end, false);
                }
            }
            if (vehicle.state == VehicleState.CHARGING && end > vehicle.chargeStart) {
                double kwh = Math.min(vehicle.pad.powerKw() * (end - vehicle.chargeStart) / SimCalendar.SECONDS_PER_HOUR,
                        vehicle.chargeTargetKwh - vehicle.battery().chargeKwh());
                vehicle.battery().charge(kwh, vehicle.id());
                listeners.chargeDelivered(vehicle, vehicle.pad, kwh, vehicle.chargeStart, end, false);
            }
            if (end > vehicle.stateSince) {
                listeners.stateInterval(vehicle, vehicle.state, vehicle.stateSince, end);
            }
        }
    }
}
