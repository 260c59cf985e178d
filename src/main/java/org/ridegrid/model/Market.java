package org.ridegrid.model;

import java.util.List;

import org.ridegrid.city.GridCity;
import org.ridegrid.city.SimCalendar;
import org.ridegrid.demand.RejectReason;
import org.ridegrid.demand.Request;
import org.ridegrid.dispatch.Eligibility;
import org.ridegrid.economics.Fares;
import org.ridegrid.economics.Surge;
import org.ridegrid.scenario.MarketSpec;
import org.ridegrid.util.AliasTable;

import ec.util.MersenneTwisterFast;

/**
 * Sends each request to an operator by the scenario's rule (market shares, lowest quoted price or
 * lowest pickup time), quotes its fare with surge, and lets the rider decline a surged quote.
 * With a single operator nothing is drawn, so adding the market changes no single-operator run.
 */
final class Market {
    /** The operator a request goes to and, for the lowest-wait rule, the vehicle already found. */
    record Choice(Operator operator, Vehicle vehicle) {
    }

    private final Operator[] operators;
    private final List<Fleet> fleets;
    private final MarketSpec spec;
    private final GridCity city;
    private final SimCalendar calendar;
    private final Eligibility eligibility;
    private final double chargeToShare;
    private final MersenneTwisterFast random;
    private final AliasTable shares;

    Market(Operator[] operators, List<Fleet> fleets, MarketSpec spec, GridCity city, SimCalendar calendar,
            Eligibility eligibility, double chargeToShare, MersenneTwisterFast random) {
        this.operators = operators;
        this.fleets = fleets;
        this.spec = spec;
        this.city = city;
        this.calendar = calendar;
        this.eligibility = eligibility;
        this.chargeToShare = chargeToShare;
        this.random = random;
        double[] weights = new double[operators.length];
        for (int i = 0; i < operators.length; i++) {
            weights[i] = operators[i].spec().marketShare();
        }
        this.shares = new AliasTable(weights);
    }

    Operator operator(int index) {
        return operators[index];
    }

    Choice choose(Request request, double now) {
        if (operators.length == 1) {
            return new Choice(operators[0], null);
        }
        return switch (spec.assignment()) {
            case "lowest_price" -> new Choice(lowestPrice(request, now), null);
            case "lowest_wait" -> lowestWait(request, now);
            default -> new Choice(byShare(request.origin()), null);
        };
    }

    /**
     * Draws an operator by market share among those with a fleet serving the request's origin, because a
     * rider does not ask an operator that does not serve the place. When none does, all operators count.
     */
    private Operator byShare(int origin) {
        double total = 0;
        for (Operator operator : operators) {
            if (servesOrigin(operator, origin)) {
                total += operator.spec().marketShare();
            }
        }
        if (total <= 0) {
            return operators[shares.sample(random)];
        }
        double target = random.nextDouble() * total;
        Operator last = null;
        for (Operator operator : operators) {
            if (servesOrigin(operator, origin)) {
                target -= operator.spec().marketShare();
                last = operator;
                if (target < 0) {
                    return operator;
                }
            }
        }
        return last;
    }

    private boolean servesOrigin(Operator operator, int origin) {
        for (Fleet fleet : fleets) {
            if (fleet.operator() == operator && fleet.serves(origin)) {
                return true;
            }
        }
        return false;
    }

    private Operator lowestPrice(Request request, double now) {
        Operator best = operators[0];
        double bestFare = Double.POSITIVE_INFINITY;
        for (Operator operator : operators) {
            double fare = baseFare(operator, request, now) * surge(operator, request);
            if (fare < bestFare && unservable(operator, request) == null) {
                best = operator;
                bestFare = fare;
            }
        }
        return best;
    }

    private Choice lowestWait(Request request, double now) {
        Choice best = null;
        double bestSeconds = Double.POSITIVE_INFINITY;
        int hour = calendar.hourOfDay(now);
        boolean weekend = calendar.isWeekend(now);
        for (Operator operator : operators) {
            Vehicle vehicle = operator.dispatcher.vehicleFor(request, now);
            if (vehicle != null) {
                double seconds = city.travelSeconds(vehicle.cell(), request.origin(), hour, weekend);
                if (seconds < bestSeconds) {
                    best = new Choice(operator, vehicle);
                    bestSeconds = seconds;
                }
            }
        }
        return best != null ? best : new Choice(byShare(request.origin()), null);
    }

    /** Returns why no fleet of the operator can serve the request, or null when one can. */
    RejectReason unservable(Operator operator, Request request) {
        boolean servesOrigin = false;
        for (Fleet fleet : fleets) {
            if (fleet.operator() != operator || !fleet.serves(request.origin())) {
                continue;
            }
            servesOrigin = true;
            if (eligibility.fleetCouldEverServe(fleet, request, chargeToShare)) {
                return null;
            }
        }
        return servesOrigin ? RejectReason.BEYOND_VEHICLE_RANGE : RejectReason.OUTSIDE_SERVICE_AREA;
    }

    /**
     * Quotes the fare and records it on the request. Returns false when the rider declines a surged
     * quote, which happens with probability 1 - multiplier^(-elasticity).
     */
    boolean quoteAccepted(Operator operator, Request request, double now) {
        double multiplier = surge(operator, request);
        request.quote(operator.index(), multiplier, baseFare(operator, request, now) * multiplier);
        if (multiplier <= 1.0) {
            return true;
        }
        return random.nextDouble() < Surge.acceptance(operator.spec().surge(), multiplier);
    }

    private double surge(Operator operator, Request request) {
        int zone = city.zoneOf(request.origin());
        return Surge.multiplier(operator.spec().surge(), operator.waitingByZone[zone], operator.idleByZone[zone]);
    }

    private double baseFare(Operator operator, Request request, double now) {
        int hour = calendar.hourOfDay(now);
        boolean weekend = calendar.isWeekend(now);
        double seconds = city.travelSeconds(request.origin(), request.destination(), hour, weekend)
                + city.outsideSeconds(request.outsideMiles(), hour, weekend);
        return Fares.quote(operator.spec().fares(), eligibility.tripMiles(request), seconds / 60.0);
    }
}
