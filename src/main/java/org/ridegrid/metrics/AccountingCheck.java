package org.ridegrid.metrics;

import java.util.Locale;

import org.ridegrid.energy.ChargingPad;
import org.ridegrid.energy.Depot;
import org.ridegrid.model.EmptyReason;
import org.ridegrid.model.RideGridModel;
import org.ridegrid.model.SimulationListener;
import org.ridegrid.model.Vehicle;
import org.ridegrid.model.VehicleState;

/**
 * Checks the accounting identities of a run at the start of every simulated hour and at the end,
 * and throws {@link AccountingException} on the first one broken:
 * <ul>
 * <li>each vehicle's time in all states adds up to the time elapsed;</li>
 * <li>each vehicle's occupied plus empty miles equal the miles it drove (tallied here independently);</li>
 * <li>requests created = served + abandoned + rejected + priced out + open, with open counted from the riders
 * actually waiting or in a vehicle;</li>
 * <li>each battery stays within [0, capacity] and equals its start charge plus energy charged minus
 * energy used; the energy vehicles received equals the energy pads, depots and home chargers delivered;</li>
 * <li>no pad charges more vehicles than it has places, and the vehicles charging and queued at each pad
 * match its own counts;</li>
 * <li>no depot contains more vehicles than its capacity or charges more than its chargers, and the vehicles
 * in it, charging and waiting match its own counts.</li>
 * </ul>
 * Subscribe it after the collectors it reads, so they have seen every event it checks.
 */
public final class AccountingCheck implements SimulationListener {
    /** Absolute slack for sums of floating-point seconds, miles and kWh. */
    private static final double TOLERANCE = 1e-6;

    private final RideGridModel model;
    private final VehicleStats vehicleStats;
    private final RequestStats requestStats;
    private final PadStats padStats;
    private final DepotStats depotStats;
    private final OwnerStats ownerStats;
    private double[] drivenMiles;
    private double[] startKwh;
    private int checks;

    public AccountingCheck(RideGridModel model, VehicleStats vehicleStats, RequestStats requestStats, PadStats padStats,
            DepotStats depotStats, OwnerStats ownerStats) {
        this.model = model;
        this.vehicleStats = vehicleStats;
        this.requestStats = requestStats;
        this.padStats = padStats;
        this.depotStats = depotStats;
        this.ownerStats = ownerStats;
    }

    @Override
    public void legDriven(Vehicle vehicle, VehicleState state, EmptyReason reason, double miles, double kwh,
            double from, double to, boolean complete) {
        drivenMiles[vehicle.index()] += miles;
    }

    @Override
    public void hourStarted(int hourIndex, double time) {
        if (startKwh == null) {
            startKwh = new double[model.vehicleCount()];
            drivenMiles = new double[model.vehicleCount()];
            for (int v = 0; v < startKwh.length; v++) {
                startKwh[v] = model.vehicle(v).battery().chargeKwh() + vehicleStats.kwhUsed(v)
                        - vehicleStats.kwhCharged(v);
            }
        }
        checkAll(time, true);
    }

    @Override
    public void runEnded(double time) {
        checkAll(time, false);
    }

    /** Returns how many times the identities were checked. */
    public int checks() {
        return checks;
    }

    private void checkAll(double time, boolean openIntervals) {
        checks++;
        double chargedByVehicles = 0;
        int[] chargingAt = new int[model.pads().size()];
        int[] queuedAt = new int[model.pads().size()];
        int depots = model.depots().size();
        int[] depotPresent = new int[depots];
        int[] depotCharging = new int[depots];
        int[] depotQueued = new int[depots];
        long riderInVehicle = 0;
        for (int v = 0; v < model.vehicleCount(); v++) {
            Vehicle vehicle = model.vehicle(v);
            checkTime(vehicle, time, openIntervals);
            checkMiles(vehicle, time);
            checkBattery(vehicle, time, openIntervals);
            chargedByVehicles += vehicleStats.kwhCharged(v);
            if (vehicle.request() != null) {
                riderInVehicle++;
            }
            if (vehicle.state() == VehicleState.CHARGING) {
                chargingAt[vehicle.pad().id()]++;
            } else if (vehicle.state() == VehicleState.QUEUED_FOR_CHARGER) {
                queuedAt[vehicle.pad().id()]++;
            }
            countDepotPhase(vehicle, depotPresent, depotCharging, depotQueued);
        }
        double delivered = padStats.totalKwh() + depotStats.totalKwh() + ownerStats.homeKwh();
        require(Math.abs(chargedByVehicles - delivered) <= TOLERANCE * Math.max(1, chargedByVehicles),
                time, "vehicles received %.6f kWh but pads, depots and homes delivered %.6f kWh", chargedByVehicles, delivered);
        checkPads(time, chargingAt, queuedAt, openIntervals);
        checkDepots(time, depotPresent, depotCharging, depotQueued, openIntervals);
        checkRequests(time, riderInVehicle);
    }

    private void checkTime(Vehicle vehicle, double time, boolean openIntervals) {
        double total = 0;
        for (VehicleState state : VehicleState.values()) {
            total += vehicleStats.stateSeconds(vehicle.index(), state);
        }
        if (openIntervals) {
            total += time - vehicle.stateSince();
        }
        require(Math.abs(total - time) <= TOLERANCE * Math.max(1, time), time,
                "vehicle %s spent %.6f s in all states, not the %.6f s elapsed", vehicle.id(), total, time);
    }

    private void checkMiles(Vehicle vehicle, double time) {
        int v = vehicle.index();
        double split = vehicleStats.occupiedMiles(v) + vehicleStats.emptyMiles(v);
        require(Math.abs(split - drivenMiles[v]) <= TOLERANCE * Math.max(1, drivenMiles[v]), time,
                "vehicle %s: occupied + empty miles = %.6f but it drove %.6f miles", vehicle.id(), split, drivenMiles[v]);
    }

    private void checkBattery(Vehicle vehicle, double time, boolean openIntervals) {
        int v = vehicle.index();
        double charge = vehicle.battery().chargeKwh();
        require(charge >= 0 && charge <= vehicle.battery().capacityKwh(), time,
                "vehicle %s has %.6f kWh, outside [0, %.6f]", vehicle.id(), charge, vehicle.battery().capacityKwh());
        double expected = startKwh[v] + vehicleStats.kwhCharged(v) - vehicleStats.kwhUsed(v);
        require(Math.abs(expected - charge) <= TOLERANCE * Math.max(1, charge), time,
                "vehicle %s has %.6f kWh but start + charged - used = %.6f kWh", vehicle.id(), charge, expected);
    }

    private void checkPads(double time, int[] chargingAt, int[] queuedAt, boolean openIntervals) {
        for (ChargingPad pad : model.pads().pads()) {
            require(pad.charging() <= pad.places(), time, "pad %d charges %d vehicles with %d places",
                    pad.id(), pad.charging(), pad.places());
            if (openIntervals) {
                require(chargingAt[pad.id()] == pad.charging(), time, "pad %d counts %d charging but %d vehicles are",
                        pad.id(), pad.charging(), chargingAt[pad.id()]);
                require(queuedAt[pad.id()] == pad.queued(), time, "pad %d counts %d queued but %d vehicles are",
                        pad.id(), pad.queued(), queuedAt[pad.id()]);
            }
        }
    }

    private static void countDepotPhase(Vehicle vehicle, int[] present, int[] charging, int[] queued) {
        if (vehicle.fleet().depot() == null) {
            return;
        }
        int depot = vehicle.fleet().depot().index();
        switch (vehicle.depotPhase()) {
            case CLEANING, PARKED -> present[depot]++;
            case CHARGING -> {
                present[depot]++;
                charging[depot]++;
            }
            case WAITING_FOR_CHARGER -> {
                present[depot]++;
                queued[depot]++;
            }
            default -> {
                // Out of the depot.
            }
        }
    }

    private void checkDepots(double time, int[] present, int[] charging, int[] queued, boolean openIntervals) {
        for (Depot depot : model.depots()) {
            int d = depot.index();
            require(depot.present() <= depot.spec().capacity(), time, "depot %s holds %d vehicles with room for %d",
                    depot.name(), depot.present(), depot.spec().capacity());
            require(depot.charging() <= depot.spec().chargers(), time, "depot %s charges %d vehicles with %d chargers",
                    depot.name(), depot.charging(), depot.spec().chargers());
            if (openIntervals) {
                require(present[d] == depot.present(), time, "depot %s counts %d vehicles but %d are in it",
                        depot.name(), depot.present(), present[d]);
                require(charging[d] == depot.charging(), time, "depot %s counts %d charging but %d vehicles are",
                        depot.name(), depot.charging(), charging[d]);
                require(queued[d] == depot.queued(), time, "depot %s counts %d waiting for a charger but %d vehicles are",
                        depot.name(), depot.queued(), queued[d]);
            }
        }
    }

    private void checkRequests(double time, long riderInVehicle) {
        long created = requestStats.created();
        long openSeen = model.waitingRequests() + riderInVehicle;
        require(requestStats.open() == openSeen, time, "%d requests open by the counts but %d waiting or in a vehicle",
                requestStats.open(), openSeen);
        require(model.requestsCreated() == created, time, "model created %d requests, statistics saw %d",
                model.requestsCreated(), created);
    }

    private void require(boolean condition, double time, String format, Object... args) {
        if (!condition) {
            throw new AccountingException(model.calendar().format(time) + ": "
                    + String.format(Locale.ROOT, format, args));
        }
    }

    /** An accounting identity does not hold: the simulation or a collector has a bug. */
    public static final class AccountingException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        AccountingException(String message) {
            super(message);
        }
    }
}
