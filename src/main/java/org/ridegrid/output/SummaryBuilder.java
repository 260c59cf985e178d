package org.ridegrid.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ridegrid.demand.RejectReason;
import org.ridegrid.economics.FleetEconomics;
import org.ridegrid.energy.ChargingPad;
import org.ridegrid.energy.Depot;
import org.ridegrid.metrics.OwnerStats;
import org.ridegrid.metrics.PeakPeriod;
import org.ridegrid.metrics.RequestStats;
import org.ridegrid.metrics.RunCollectors;
import org.ridegrid.metrics.VehicleStats;
import org.ridegrid.metrics.WaitHistogram;
import org.ridegrid.model.EmptyReason;
import org.ridegrid.model.Fleet;
import org.ridegrid.model.RideGridModel;
import org.ridegrid.model.Vehicle;
import org.ridegrid.model.VehicleState;
import org.ridegrid.scenario.Scenario;

/** Builds the content of summary.json from a finished run, as ordered maps and lists. */
public final class SummaryBuilder {
    private static final int DECIMALS = 4;

    private SummaryBuilder() {
    }

    public static Map<String, Object> build(RideGridModel model, RunCollectors collectors) {
        Scenario scenario = model.scenario();
        RequestStats requests = collectors.requests();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("scenario", scenario.name());
        summary.put("seed", scenario.seed());
        summary.put("days", scenario.days());
        summary.put("start_weekday", scenario.startWeekday().name().toLowerCase(java.util.Locale.ROOT));
        summary.put("requests", requestCounts(requests));
        summary.put("wait_minutes", waitMinutes(requests.waits()));
        summary.put("picked_up_within_5_min", share(requests.pickedUpWithin5Minutes(), requests.created()));
        summary.put("picked_up_within_10_min", share(requests.pickedUpWithin10Minutes(), requests.created()));
        summary.put("abandoned_share", share(requests.abandoned(), requests.created()));
        List<Object> fleets = new ArrayList<>();
        for (Fleet fleet : model.fleets()) {
            Map<String, Object> entry = fleet(fleet, collectors.vehicles(), model.horizon());
            entry.put("economics", economics(EconomicsBuilder.of(fleet, model, collectors)));
            fleets.add(entry);
        }
        summary.put("fleets", fleets);
        summary.put("peaks", peaks(requests));
        summary.put("pads", pads(model, collectors));
        summary.put("depots", depots(model, collectors));
        summary.put("owner_late", ownerLate(collectors));
        summary.put("little_law", littleLaw(model, collectors));
        return summary;
    }

    private static Map<String, Object> requestCounts(RequestStats requests) {
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("total", requests.created());
        counts.put("served", requests.served());
        counts.put("abandoned", requests.abandoned());
        counts.put("rejected", requests.rejected());
        counts.put("priced_out", requests.pricedOut());
        counts.put("open_at_end", requests.open());
        Map<String, Object> reasons = new LinkedHashMap<>();
        for (RejectReason reason : RejectReason.values()) {
            reasons.put(reason.key(), requests.rejected(reason));
        }
        counts.put("rejected_by_reason", reasons);
        counts.put("picked_up", requests.pickedUp());
        return counts;
    }

    private static Map<String, Object> waitMinutes(WaitHistogram waits) {
        Map<String, Object> minutes = new LinkedHashMap<>();
        minutes.put("mean", minutes(waits.mean()));
        minutes.put("p50", minutes(waits.percentile(0.50)));
        minutes.put("p90", minutes(waits.percentile(0.90)));
        minutes.put("p95", minutes(waits.percentile(0.95)));
        minutes.put("max", minutes(waits.max()));
        return minutes;
    }

    private static Map<String, Object> fleet(Fleet fleet, VehicleStats stats, double horizon) {
        double[] stateHours = new double[VehicleState.count()];
        double[] miles = new double[VehicleStats.MILE_COLUMNS];
        long emptyReturnTrips = 0;
        long riders = 0;
        long sessions = 0;
        double used = 0;
        double charged = 0;
        for (Vehicle vehicle : fleet.vehicles()) {
            int v = vehicle.index();
            for (VehicleState state : VehicleState.values()) {
                stateHours[state.ordinal()] += stats.stateSeconds(v, state) / 3600.0;
            }
            for (int column = 0; column < miles.length; column++) {
                miles[column] += stats.miles(v, column);
            }
            emptyReturnTrips += stats.emptyReturnTrips(v);
            riders += stats.ridersServed(v);
            sessions += stats.chargeSessions(v);
            used += stats.kwhUsed(v);
            charged += stats.kwhCharged(v);
        }
        double onDutyHours = 0;
        Map<String, Object> hoursByState = new LinkedHashMap<>();
        for (VehicleState state : VehicleState.values()) {
            hoursByState.put(state.name(), round(stateHours[state.ordinal()]));
            if (state.isOnDuty()) {
                onDutyHours += stateHours[state.ordinal()];
            }
        }
        double empty = 0;
        double emptyReturnMiles = 0;
        Map<String, Object> emptyByReason = new LinkedHashMap<>();
        for (EmptyReason reason : EmptyReason.values()) {
            double reasonMiles = miles[VehicleStats.mileColumn(reason)];
            emptyByReason.put(reason.key(), round(reasonMiles));
            empty += reasonMiles;
            if (reason.isEmptyReturn()) {
                emptyReturnMiles += reasonMiles;
            }
        }
        Map<String, Object> mileMap = new LinkedHashMap<>();
        mileMap.put("occupied", round(miles[0]));
        mileMap.put("empty", round(empty));
        mileMap.put("total", round(miles[0] + empty));
        mileMap.put("empty_by_reason", emptyByReason);

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("name", fleet.name());
        result.put("kind", fleet.spec().kind().key());
        result.put("vehicles", fleet.vehicles().size());
        result.put("hours_by_state", hoursByState);
        result.put("on_duty_hours", round(onDutyHours));
        result.put("miles", mileMap);
        result.put("empty_return_trips", emptyReturnTrips);
        result.put("empty_return_miles", round(emptyReturnMiles));
        result.put("utilization", ratio(stateHours[VehicleState.OCCUPIED.ordinal()], onDutyHours));
        result.put("idle_share", ratio(stateHours[VehicleState.IDLE.ordinal()], onDutyHours));
        result.put("occupied_mile_share", ratio(miles[0], miles[0] + empty));
        result.put("riders_served", riders);
        result.put("riders_per_vehicle_day", ratio(riders, fleet.vehicles().size() * horizon / 86_400.0));
        double ownerMiles = 0;
        for (Vehicle vehicle : fleet.vehicles()) {
            ownerMiles += stats.ownerMiles(vehicle.index());
        }
        result.put("owner_miles", round(ownerMiles));
        Map<String, Object> energy = new LinkedHashMap<>();
        energy.put("used_kwh", round(used));
        energy.put("charged_kwh", round(charged));
        energy.put("charge_sessions", sessions);
        result.put("energy", energy);
        return result;
    }

    private static Map<String, Object> economics(FleetEconomics money) {
        Map<String, Object> costs = new LinkedHashMap<>();
        costs.put("energy", round(money.energy()));
        costs.put("pad_commission", round(money.padCommission()));
        costs.put("maintenance", round(money.maintenance()));
        costs.put("insurance", round(money.insurance()));
        costs.put("cleaning", round(money.cleaning()));
        costs.put("depot_land", round(money.depotLand()));
        costs.put("owner_share", round(money.ownerShare()));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("revenue", round(money.revenue()));
        result.put("cost", round(money.cost()));
        result.put("cost_by_item", costs);
        result.put("profit", round(money.profit()));
        result.put("profit_per_vehicle_day", round(money.profitPerVehicleDay()));
        result.put("capital_cost_per_vehicle", round(money.capitalCostPerVehicle()));
        result.put("payback_days", round(money.paybackDays()));
        return result;
    }

    private static List<Object> depots(RideGridModel model, RunCollectors collectors) {
        List<Object> depots = new ArrayList<>();
        for (Depot depot : model.depots()) {
            int d = depot.index();
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", depot.name());
            entry.put("capacity", depot.spec().capacity());
            entry.put("max_vehicles_present", depot.maxPresent());
            entry.put("chargers", depot.spec().chargers());
            entry.put("max_chargers_busy", depot.maxCharging());
            entry.put("visits", collectors.depots().visits(d));
            entry.put("energy_kwh", round(collectors.depots().kwh(d)));
            entry.put("charger_waits", collectors.depots().chargerWaits(d));
            entry.put("charger_wait_hours", round(collectors.depots().chargerWaitSeconds(d) / 3600.0));
            depots.add(entry);
        }
        return depots;
    }

    private static Map<String, Object> ownerLate(RunCollectors collectors) {
        Map<String, Object> late = new LinkedHashMap<>();
        late.put("count", collectors.owners().lateCount());
        List<Object> cars = new ArrayList<>();
        for (OwnerStats.LateReturn entry : collectors.owners().lateReturns()) {
            Map<String, Object> car = new LinkedHashMap<>();
            car.put("vehicle", entry.vehicle());
            car.put("time_s", round(entry.time()));
            car.put("minutes_late", round(entry.minutesLate()));
            cars.add(car);
        }
        late.put("first", cars);
        return late;
    }

    private static Map<String, Object> peaks(RequestStats requests) {
        Map<String, Object> peaks = new LinkedHashMap<>();
        for (PeakPeriod period : PeakPeriod.values()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("requests", requests.peakRequests(period));
            entry.put("abandoned", requests.peakAbandoned(period));
            entry.put("wait_p50", minutes(requests.peakWaits(period).percentile(0.50)));
            entry.put("wait_p90", minutes(requests.peakWaits(period).percentile(0.90)));
            peaks.put(period.key(), entry);
        }
        return peaks;
    }

    private static Map<String, Object> pads(RideGridModel model, RunCollectors collectors) {
        int places = 0;
        double busySeconds = 0;
        for (ChargingPad pad : model.pads().pads()) {
            places += pad.places();
            busySeconds += collectors.pads().busySeconds(pad.id());
        }
        double kwh = collectors.pads().totalKwh();
        long sessions = collectors.pads().totalSessions();
        Map<String, Object> pads = new LinkedHashMap<>();
        pads.put("count", model.pads().size());
        pads.put("places", places);
        pads.put("sessions", sessions);
        pads.put("energy_kwh", round(kwh));
        pads.put("commission", round(kwh * model.scenario().charging().commissionPerKwh()
                + sessions * model.scenario().charging().commissionPerSession()));
        pads.put("busy_place_share", ratio(busySeconds, places * model.horizon()));
        return pads;
    }

    /**
     * Little's law inputs: the mean number of vehicles carrying a rider (from state time) against the
     * drop-off rate times the mean ride time (from the riders' own pickup and drop-off times).
     */
    private static Map<String, Object> littleLaw(RideGridModel model, RunCollectors collectors) {
        double occupiedSeconds = 0;
        for (int v = 0; v < model.vehicleCount(); v++) {
            occupiedSeconds += collectors.vehicles().stateSeconds(v, VehicleState.OCCUPIED);
        }
        RequestStats requests = collectors.requests();
        double hours = model.horizon() / 3600.0;
        Map<String, Object> law = new LinkedHashMap<>();
        law.put("mean_occupied_vehicles", round(occupiedSeconds / model.horizon()));
        law.put("served_per_hour", round(requests.served() / hours));
        law.put("mean_ride_minutes", minutes(requests.served() == 0 ? Double.NaN : requests.rideSeconds() / requests.served()));
        return law;
    }

    private static Object share(long part, long whole) {
        return whole == 0 ? null : round((double) part / whole);
    }

    private static Object ratio(double part, double whole) {
        return whole == 0 ? null : round(part / whole);
    }

    private static Object minutes(double seconds) {
        return Double.isFinite(seconds) ? round(seconds / 60.0) : null;
    }

    private static Object round(double value) {
        return Double.isFinite(value) ? Numbers.round(value, DECIMALS) : null;
    }
}
