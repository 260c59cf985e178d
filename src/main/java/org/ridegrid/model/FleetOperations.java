package org.ridegrid.model;

import org.ridegrid.city.GridCity;
import org.ridegrid.city.SimCalendar;
import org.ridegrid.demand.RejectReason;
import org.ridegrid.demand.Request;
import org.ridegrid.demand.RequestStatus;
import org.ridegrid.dispatch.Eligibility;
import org.ridegrid.dispatch.RepositioningPolicy;
import org.ridegrid.energy.ChargeSource;
import org.ridegrid.scenario.ChargingSpec;
import org.ridegrid.scenario.FleetKind;

import sim.engine.Schedule;

/**
 * Carries out every vehicle and request change of state: assignment, pickup, drop-off, empty returns,
 * abandonment and repositioning, and hands vehicles to the charging, depot and owner rules. Each change
 * is reported to the listeners as it happens.
 */
final class FleetOperations implements RepositioningPolicy.MoveSink {
    final GridCity city;
    final SimCalendar calendar;
    final Schedule schedule;
    final SimulationListener listeners;
    final Vehicle[] vehicles;
    final Eligibility eligibility;
    final ChargingSpec charging;
    private final double maxWaitSeconds;
    private final Market market;
    PadCharging padCharging;
    DepotOperations depots;
    OwnerOperations owners;
    private int openRequests;

    FleetOperations(GridCity city, SimCalendar calendar, Schedule schedule, SimulationListener listeners,
            Vehicle[] vehicles, Eligibility eligibility, ChargingSpec charging, double maxWaitMinutes,
            Market market) {
        this.city = city;
        this.calendar = calendar;
        this.schedule = schedule;
        this.listeners = listeners;
        this.vehicles = vehicles;
        this.eligibility = eligibility;
        this.charging = charging;
        this.maxWaitSeconds = maxWaitMinutes * 60.0;
        this.market = market;
    }

    /** Returns the requests created and not yet served, abandoned, rejected or priced out. */
    int openRequests() {
        return openRequests;
    }

    // ---- requests ----

    void requestArrived(Request request, double now) {
        openRequests++;
        listeners.requestCreated(request);
        if (request.origin() == request.destination() && !request.leavesCity()) {
            reject(request, RejectReason.SAME_CELL, now);
            return;
        }
        Market.Choice choice = market.choose(request, now);
        RejectReason unservable = market.unservable(choice.operator(), request);
        if (unservable != null) {
            reject(request, unservable, now);
            return;
        }
        if (!market.quoteAccepted(choice.operator(), request, now)) {
            request.priceOut(now);
            openRequests--;
            listeners.requestPricedOut(request);
            return;
        }
        Operator operator = choice.operator();
        Vehicle vehicle = choice.vehicle() != null ? choice.vehicle() : operator.dispatcher.vehicleFor(request, now);
        if (vehicle != null) {
            assign(vehicle, request, now);
            return;
        }
        addWaiting(operator, request);
        schedule.scheduleOnce(now + maxWaitSeconds, RideGridModel.ORDER_VEHICLES, request);
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
        removeWaiting(market.operator(request.operatorIndex()), request);
        request.abandon(now);
        openRequests--;
        double tripSeconds = city.travelSeconds(request.origin(), request.destination(),
                calendar.hourOfDay(request.requestTime()), calendar.isWeekend(request.requestTime()))
                + city.outsideSeconds(request.outsideMiles(), calendar.hourOfDay(request.requestTime()),
                        calendar.isWeekend(request.requestTime()));
        listeners.requestAbandoned(request, tripSeconds, now);
    }

    private void assign(Vehicle vehicle, Request request, double now) {
        if (vehicle.isIndexed()) {
            removeIdle(vehicle);
        }
        request.assign(vehicle.index(), now);
        vehicle.request = request;
        listeners.requestAssigned(request, vehicle, now);
        startLeg(vehicle, VehicleState.TO_PICKUP, request.origin(), 0.0, false, now);
    }

    // ---- indexes of idle vehicles and waiting riders, with the per-zone counts surge pricing reads ----

    void addIdle(Vehicle vehicle) {
        Operator operator = vehicle.fleet().operator();
        operator.idleVehicles.add(vehicle, vehicle.cell);
        operator.idleByZone[city.zoneOf(vehicle.cell)]++;
    }

    void removeIdle(Vehicle vehicle) {
        Operator operator = vehicle.fleet().operator();
        operator.idleByZone[city.zoneOf(vehicle.indexedCell())]--;
        operator.idleVehicles.remove(vehicle);
    }

    private void addWaiting(Operator operator, Request request) {
        operator.waitingRequests.add(request, request.origin());
        operator.waitingByZone[city.zoneOf(request.origin())]++;
    }

    private void removeWaiting(Operator operator, Request request) {
        operator.waitingByZone[city.zoneOf(request.origin())]--;
        operator.waitingRequests.remove(request);
    }

    // ---- vehicles ----

    /** Places a vehicle at the start of the run according to its fleet's kind. */
    void startVehicle(Vehicle vehicle, double now) {
        vehicle.stateSince = now;
        switch (vehicle.fleet().kind()) {
            case DEPOT -> depots.startParked(vehicle);
            case LENT -> owners.start(vehicle, now);
            default -> {
                vehicle.state = VehicleState.IDLE;
                if (padCharging.needsCharge(vehicle)) {
                    padCharging.goCharge(vehicle, now);
                } else {
                    waitIdle(vehicle, now);
                }
            }
        }
    }

    void decisionPoint(Vehicle vehicle, double now) {
        if (vehicle.driving) {
            finishLeg(vehicle, now);
            arrived(vehicle, now);
            return;
        }
        switch (vehicle.state) {
            case CHARGING -> padCharging.chargeComplete(vehicle, now);
            case AT_DEPOT -> depots.phaseComplete(vehicle, now);
            case OFF_DUTY -> owners.homeChargeComplete(vehicle, now);
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
                startLeg(vehicle, VehicleState.OCCUPIED, request.destination(), request.outsideMiles(), false, now);
            }
            case OCCUPIED -> dropOff(vehicle, now);
            case TO_CHARGER -> padCharging.arrived(vehicle, now);
            case REPOSITIONING, FROM_DEPOT -> becomeAvailable(vehicle, now);
            case TO_DEPOT -> depots.arrived(vehicle, now);
            case RETURNING_TO_OWNER -> owners.backAtAnchor(vehicle, now);
            case OFF_DUTY -> owners.ownerArrived(vehicle, now);
            default -> throw new IllegalStateException("vehicle " + vehicle.id() + " arrived in state " + vehicle.state);
        }
    }

    private void dropOff(Vehicle vehicle, double now) {
        Request request = vehicle.request;
        request.dropOff(now);
        openRequests--;
        vehicle.request = null;
        listeners.riderDroppedOff(request, vehicle, now);
        if (Eligibility.returnsEmpty(vehicle.fleet(), request)) {
            int end = Eligibility.endCell(vehicle.fleet(), request);
            startLeg(vehicle, VehicleState.REPOSITIONING, end, request.outsideMiles(), EmptyReason.OUT_OF_AREA_RETURN,
                    true, now);
        } else {
            becomeAvailable(vehicle, now);
        }
    }

    /**
     * Sends a vehicle that has just become free where its fleet's rules direct: to charge, back to its
     * depot or owner, to a waiting rider, or into the idle pool.
     */
    void becomeAvailable(Vehicle vehicle, double now) {
        FleetKind kind = vehicle.fleet().kind();
        if (kind == FleetKind.DEPOT && depots.takeBack(vehicle, now)) {
            return;
        }
        if (kind == FleetKind.LENT && owners.takeBack(vehicle, now)) {
            return;
        }
        if (kind == FleetKind.CYBERCAB && padCharging.needsCharge(vehicle)) {
            padCharging.goCharge(vehicle, now);
            return;
        }
        Operator operator = vehicle.fleet().operator();
        Request request = operator.dispatcher.requestFor(vehicle, now);
        if (request != null) {
            removeWaiting(operator, request);
            assign(vehicle, request, now);
            return;
        }
        setState(vehicle, VehicleState.IDLE, now);
        waitIdle(vehicle, now);
    }

    private void waitIdle(Vehicle vehicle, double now) {
        addIdle(vehicle);
        double check = switch (vehicle.fleet().kind()) {
            case LENT -> owners.latestLeave(vehicle);
            case CYBERCAB -> padCharging.nextTopUpCheck(vehicle, now);
            default -> Double.NaN;
        };
        if (check >= now && check < Double.POSITIVE_INFINITY) {
            scheduleDecision(vehicle, check);
        }
    }

    private void idleCheck(Vehicle vehicle, double now) {
        if (vehicle.fleet().kind() == FleetKind.LENT) {
            removeIdle(vehicle);
            owners.returnToOwner(vehicle, now);
            return;
        }
        if (!padCharging.topUp(vehicle, now)) {
            scheduleDecision(vehicle, padCharging.nextTopUpCheck(vehicle, now));
        }
    }

    @Override
    public boolean canMove(Vehicle vehicle, int targetCell) {
        return eligibility.canMove(vehicle, targetCell, schedule.getTime());
    }

    @Override
    public void move(Vehicle vehicle, int targetCell) {
        double now = schedule.getTime();
        removeIdle(vehicle);
        startLeg(vehicle, VehicleState.REPOSITIONING, targetCell, 0.0, false, now);
    }

    // ---- legs and states ----

    /**
     * Starts a drive to cell {@code to} plus {@code outsideMiles} beyond the grid edge. The leg's time is
     * fixed now, from the congestion of the current hour.
     */
    void startLeg(Vehicle vehicle, VehicleState state, int to, double outsideMiles, boolean emptyReturn, double now) {
        startLeg(vehicle, state, to, outsideMiles, state.drivingReason(), emptyReturn, now);
    }

    /** Starts a leg whose empty miles count under {@code reason} instead of the state's own reason. */
    void startLeg(Vehicle vehicle, VehicleState state, int to, double outsideMiles, EmptyReason reason,
            boolean emptyReturn, double now) {
        setState(vehicle, state, now);
        vehicle.driving = true;
        vehicle.ownerLeg = false;
        vehicle.legFrom = vehicle.cell;
        vehicle.legTo = to;
        vehicle.legStart = now;
        vehicle.legOutsideMiles = outsideMiles;
        vehicle.legMiles = city.miles(vehicle.cell, to) + outsideMiles;
        vehicle.legReason = reason;
        vehicle.legEmptyReturn = emptyReturn;
        int hour = calendar.hourOfDay(now);
        boolean weekend = calendar.isWeekend(now);
        double seconds = city.travelSeconds(vehicle.cell, to, hour, weekend) + city.outsideSeconds(outsideMiles, hour, weekend);
        vehicle.legEnd = now + seconds;
        if (seconds == 0.0) {
            finishLeg(vehicle, now);
            arrived(vehicle, now);
        } else {
            scheduleDecision(vehicle, vehicle.legEnd);
        }
    }

    void finishLeg(Vehicle vehicle, double now) {
        double kwh = legKwh(vehicle, vehicle.legMiles);
        vehicle.battery().drain(kwh, vehicle.id());
        vehicle.driving = false;
        vehicle.cell = vehicle.legTo;
        if (vehicle.legMiles > 0) {
            reportLeg(vehicle, vehicle.legMiles, kwh, now, true);
        }
    }

    /**
     * Returns the energy a leg of {@code miles} uses. The fleet's rules keep enough charge for every
     * fleet leg. An owner may start a trip on a nearly empty car, and then the trip uses what is left.
     */
    private static double legKwh(Vehicle vehicle, double miles) {
        double kwh = miles * vehicle.fleet().spec().consumptionKwhPerMile();
        // NOTE: an owner's trip on a car with too little charge is not modelled further than this.
        return vehicle.ownerLeg ? Math.min(kwh, vehicle.battery().chargeKwh()) : kwh;
    }

    private void reportLeg(Vehicle vehicle, double miles, double kwh, double end, boolean complete) {
        if (vehicle.ownerLeg) {
            listeners.ownerDrove(vehicle, miles, kwh, vehicle.legStart, end, complete);
        } else {
            listeners.legDriven(vehicle, vehicle.state, vehicle.legReason, miles, kwh, vehicle.legStart, end, complete);
        }
    }

    void setState(Vehicle vehicle, VehicleState next, double now) {
        StateTransitions.check(vehicle, vehicle.state, next, now);
        if (now > vehicle.stateSince) {
            listeners.stateInterval(vehicle, vehicle.state, vehicle.stateSince, now);
        }
        vehicle.state = next;
        vehicle.stateSince = now;
        vehicle.nextDecision = Double.NaN;
    }

    void scheduleDecision(Vehicle vehicle, double time) {
        vehicle.nextDecision = time;
        schedule.scheduleOnce(time, RideGridModel.ORDER_VEHICLES, vehicle);
    }

    /** Reports the partial legs, charges and state intervals still open when the run ends. */
    void closeAt(double end) {
        for (Vehicle vehicle : vehicles) {
            if (vehicle.driving) {
                double fraction = vehicle.legProgress(end);
                double miles = vehicle.legMiles * fraction;
                double kwh = legKwh(vehicle, miles);
                vehicle.battery().drain(kwh, vehicle.id());
                if (miles > 0) {
                    reportLeg(vehicle, miles, kwh, end, false);
                }
            }
            if (vehicle.chargeSource != null && end > vehicle.chargeStart) {
                double kwh = Math.min(vehicle.chargePowerKw * (end - vehicle.chargeStart) / SimCalendar.SECONDS_PER_HOUR,
                        vehicle.chargeTargetKwh - vehicle.battery().chargeKwh());
                vehicle.battery().charge(kwh, vehicle.id());
                listeners.chargeDelivered(vehicle, vehicle.pad, kwh, vehicle.chargeStart, end, false);
            }
            if (vehicle.depotPhase == DepotPhase.WAITING_FOR_CHARGER && end > vehicle.queuedSince) {
                listeners.depotChargerWait(vehicle, vehicle.fleet().depot(), vehicle.queuedSince, end);
            }
            if (end > vehicle.stateSince) {
                listeners.stateInterval(vehicle, vehicle.state, vehicle.stateSince, end);
            }
        }
    }

    /** Starts a charging session of {@code kwh} at {@code powerKw}; the decision point is its end. */
    void startCharge(Vehicle vehicle, ChargeSource source, double targetKwh, double powerKw, double now) {
        vehicle.chargeSource = source;
        vehicle.chargeStart = now;
        vehicle.chargeTargetKwh = targetKwh;
        vehicle.chargePowerKw = powerKw;
        double needed = targetKwh - vehicle.battery().chargeKwh();
        scheduleDecision(vehicle, now + needed / powerKw * SimCalendar.SECONDS_PER_HOUR);
    }

    /** Ends the current charging session at {@code now}, delivering what was charged so far, and reports it. */
    void endCharge(Vehicle vehicle, double now, boolean complete) {
        double kwh = complete ? vehicle.chargeTargetKwh - vehicle.battery().chargeKwh()
                : Math.min(vehicle.chargePowerKw * (now - vehicle.chargeStart) / SimCalendar.SECONDS_PER_HOUR,
                        vehicle.chargeTargetKwh - vehicle.battery().chargeKwh());
        vehicle.battery().charge(kwh, vehicle.id());
        listeners.chargeDelivered(vehicle, vehicle.pad, kwh, vehicle.chargeStart, now, complete);
        vehicle.chargeSource = null;
        vehicle.nextDecision = Double.NaN;
    }
}
