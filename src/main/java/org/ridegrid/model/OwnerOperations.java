package org.ridegrid.model;

import java.util.List;

import org.ridegrid.city.CellWeights;
import org.ridegrid.city.SimCalendar;
import org.ridegrid.energy.ChargeSource;
import org.ridegrid.scenario.FleetKind;
import org.ridegrid.scenario.LentFleetSpec;
import org.ridegrid.util.AliasTable;

import ec.util.MersenneTwisterFast;

/**
 * Lent private cars, owner first. Each owner lives in a cell drawn by residential weight and works in
 * one drawn by attraction weight. On a commuting day the owner drives to work at a departure time
 * drawn from the scenario's departure distribution and back after a drawn number of work hours; on
 * other days the owner does not use the car. Between the owner's trips the car is lent where the
 * scenario allows (at work, at home), and must be back where the owner needs it a safety margin before
 * the owner leaves. The owner's own miles are not fleet miles, and the car charges at home while it is
 * parked there and not lent.
 */
final class OwnerOperations {
    /** A lending window shorter than this is not worth opening; the car stays parked. */
    private static final double MIN_LENDING_SECONDS = 30 * 60.0;

    private final FleetOperations operations;
    private final MersenneTwisterFast random;
    private final AliasTable homes;
    private final AliasTable workplaces;
    private final double chargeBelowShare;
    private final double chargeToShare;

    OwnerOperations(FleetOperations operations, MersenneTwisterFast random, double chargeBelowShare, double chargeToShare) {
        this.operations = operations;
        this.random = random;
        this.homes = new AliasTable(CellWeights.residential(operations.city));
        this.workplaces = new AliasTable(CellWeights.attraction(operations.city));
        this.chargeBelowShare = chargeBelowShare;
        this.chargeToShare = chargeToShare;
    }

    /** Draws the owner's home and work, parks the car at home and plans today and tomorrow. */
    void start(Vehicle car, double now) {
        Owner owner = new Owner(car, homes.sample(random), workplaces.sample(random));
        car.owner = owner;
        car.cell = owner.home();
        car.state = VehicleState.OFF_DUTY;
        planThrough(owner, operations.calendar.dayIndex(now) + 1);
        openWindow(car, now);
    }

    /** At the start of each day, plans every owner's trips of the next day. */
    void dayStarted(List<Fleet> fleets, double now) {
        int day = operations.calendar.dayIndex(now);
        for (Fleet fleet : fleets) {
            if (fleet.kind() != FleetKind.LENT) {
                continue;
            }
            for (Vehicle car : fleet.vehicles()) {
                planThrough(car.owner, day + 1);
                if (car.lent && car.returnBy == Double.POSITIVE_INFINITY) {
                    setDeadline(car);
                    if (car.state == VehicleState.IDLE) {
                        operations.scheduleDecision(car, Math.max(now, latestLeave(car)));
                    }
                }
            }
        }
    }

    private void planThrough(Owner owner, int lastDay) {
        while (owner.plannedThroughDay < lastDay) {
            owner.plannedThroughDay++;
            planDay(owner, owner.plannedThroughDay);
        }
    }

    private void planDay(Owner owner, int day) {
        LentFleetSpec spec = owner.car().fleet().spec().lent();
        if (operations.calendar.isWeekendDay(day) || random.nextDouble() < spec.noCommuteShare()) {
            return;
        }
        double departureHours = departureHour(spec, random.nextDouble());
        double workHours = Math.min(16.0, Math.max(1.0, spec.workHoursMean() + spec.workHoursSd() * random.nextGaussian()));
        double leaveHome = day * SimCalendar.SECONDS_PER_DAY + departureHours * SimCalendar.SECONDS_PER_HOUR;
        double leaveWork = leaveHome + workHours * SimCalendar.SECONDS_PER_HOUR;
        addTrip(owner, new Owner.Trip(leaveHome, owner.home(), owner.work()));
        addTrip(owner, new Owner.Trip(leaveWork, owner.work(), owner.home()));
    }

    private void addTrip(Owner owner, Owner.Trip trip) {
        owner.plannedTrips.addLast(trip);
        operations.schedule.scheduleOnce(trip.time(), RideGridModel.ORDER_VEHICLES, owner);
    }

    /** Inverts the piecewise-linear departure distribution at cumulative share {@code u}. */
    static double departureHour(LentFleetSpec spec, double u) {
        List<Double> shares = spec.departureQuantileShares();
        List<Double> hours = spec.departureQuantileHours();
        for (int i = 1; i < shares.size(); i++) {
            if (u <= shares.get(i)) {
                double span = shares.get(i) - shares.get(i - 1);
                double fraction = span == 0 ? 0 : (u - shares.get(i - 1)) / span;
                return hours.get(i - 1) + fraction * (hours.get(i) - hours.get(i - 1));
            }
        }
        return hours.get(hours.size() - 1);
    }

    /** Sets the car's anchor and deadline from the owner's next trip: be at its start a margin before it. */
    private void setDeadline(Vehicle car) {
        Owner.Trip next = car.owner.nextTrip();
        double margin = car.fleet().spec().lent().safetyMarginMinutes() * 60.0;
        car.anchorCell = next == null ? car.owner.home() : next.from();
        car.returnBy = next == null ? Double.POSITIVE_INFINITY : next.time() - margin;
    }

    /** Lends a car parked between its owner's trips when the scenario allows it here and time allows. */
    private void openWindow(Vehicle car, double now) {
        setDeadline(car);
        LentFleetSpec spec = car.fleet().spec().lent();
        boolean atHome = car.cell == car.owner.home();
        boolean allowed = atHome ? spec.lendOvernight() : spec.lendAtWork();
        boolean charged = car.battery().share() >= chargeBelowShare;
        if (allowed && charged && car.cell == car.anchorCell && car.returnBy - now >= MIN_LENDING_SECONDS) {
            car.lent = true;
            operations.becomeAvailable(car, now);
        } else {
            park(car, now);
        }
    }

    /** Returns the latest time an idle lent car can leave for its anchor and still be there on time. */
    double latestLeave(Vehicle car) {
        return car.returnBy - operations.city.worstTravelSeconds(car.cell, car.anchorCell);
    }

    /**
     * Takes a lent car that has just become free back to its owner's place when its charge is low or
     * its time is up. Returns false when it stays lent.
     */
    boolean takeBack(Vehicle car, double now) {
        if (car.battery().share() < chargeBelowShare || now >= latestLeave(car)) {
            returnToOwner(car, now);
            return true;
        }
        return false;
    }

    void returnToOwner(Vehicle car, double now) {
        car.lent = false;
        if (car.cell == car.anchorCell) {
            park(car, now);
        } else {
            operations.startLeg(car, VehicleState.RETURNING_TO_OWNER, car.anchorCell, 0.0, true, now);
        }
    }

    void backAtAnchor(Vehicle car, double now) {
        if (now > car.returnBy + 1e-6) {
            operations.listeners.ownerLate(car, (now - car.returnBy) / 60.0, now);
        }
        park(car, now);
        if (car.owner.waitingFor != null) {
            depart(car.owner, now);
        }
    }

    /** Parks the car for its owner (off duty) and charges it when it is at home. */
    private void park(Vehicle car, double now) {
        car.lent = false;
        if (car.state != VehicleState.OFF_DUTY) {
            operations.setState(car, VehicleState.OFF_DUTY, now);
        }
        double target = chargeToShare * car.battery().capacityKwh();
        if (car.cell == car.owner.home() && car.battery().chargeKwh() < target && car.chargeSource == null) {
            operations.startCharge(car, ChargeSource.HOME, target, car.fleet().spec().lent().homeChargerKw(), now);
        }
    }

    void homeChargeComplete(Vehicle car, double now) {
        operations.endCharge(car, now, true);
        openWindow(car, now);
    }

    /** Starts the owner's trip when the car is back at its departure time, or makes the owner wait for it. */
    void ownerDeparts(Owner owner, double now) {
        Owner.Trip trip = owner.nextTrip();
        if (trip == null || trip.time() != now) {
            return;
        }
        Vehicle car = owner.car();
        owner.waitingFor = trip;
        if (car.state == VehicleState.OFF_DUTY && !car.driving && car.cell == trip.from()) {
            depart(owner, now);
        } else if (car.lent && car.state == VehicleState.IDLE) {
            // With a safety margin of zero the car's own deadline check falls at this same time, and the
            // schedule may run this event first. The car, idle at its anchor, is then taken back here.
            // Away from its anchor it is late: it drives back and the owner waits for it.
            operations.removeIdle(car);
            returnToOwner(car, now);
            if (car.state == VehicleState.OFF_DUTY && !car.driving && car.cell == trip.from()) {
                depart(owner, now);
            }
        }
    }

    private void depart(Owner owner, double now) {
        Owner.Trip trip = owner.plannedTrips.pollFirst();
        owner.waitingFor = null;
        Vehicle car = owner.car();
        car.lent = false;
        if (car.chargeSource != null) {
            operations.endCharge(car, now, false);
        }
        car.driving = true;
        car.ownerLeg = true;
        car.legFrom = car.cell;
        car.legTo = trip.to();
        car.legStart = now;
        car.legOutsideMiles = 0;
        car.legMiles = operations.city.miles(car.cell, trip.to());
        car.legReason = null;
        car.legEmptyReturn = false;
        double seconds = operations.city.travelSeconds(car.cell, trip.to(), operations.calendar.hourOfDay(now),
                operations.calendar.isWeekend(now));
        car.legEnd = now + seconds;
        if (seconds == 0.0) {
            operations.finishLeg(car, now);
            ownerArrived(car, now);
        } else {
            operations.scheduleDecision(car, car.legEnd);
        }
    }

    void ownerArrived(Vehicle car, double now) {
        openWindow(car, now);
    }
}
