package org.ridegrid.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.ridegrid.energy.ChargeSource;
import org.ridegrid.energy.Depot;
import org.ridegrid.scenario.DepotFleetSpec;
import org.ridegrid.scenario.FleetKind;
import org.ridegrid.util.AliasTable;

import ec.util.MersenneTwisterFast;

/**
 * Depot fleets: vehicles park at their depot, pull out empty when the hour's duty share calls for
 * more of them, pull in empty when it calls for fewer, and drive back to charge below their return
 * threshold. Every visit starts with cleaning; charging waits for a free charger. Pull-out and
 * pull-in legs are empty return trips; the drive in to charge is a depot leg but not a return trip.
 */
final class DepotOperations {
    private final FleetOperations operations;
    private final List<Fleet> depotFleets = new ArrayList<>();
    private final AliasTable[] pullOutCells;
    private final int[][] servedCells;
    private final double chargeToShare;
    private final MersenneTwisterFast random;

    /** @param demand per-cell weights of request origins, which place the cells where vehicles pull out */
    DepotOperations(FleetOperations operations, List<Fleet> fleets, double[] demand, double chargeToShare,
            MersenneTwisterFast random) {
        this.operations = operations;
        this.chargeToShare = chargeToShare;
        this.random = random;
        for (Fleet fleet : fleets) {
            if (fleet.kind() == FleetKind.DEPOT) {
                depotFleets.add(fleet);
            }
        }
        pullOutCells = new AliasTable[fleets.size()];
        servedCells = new int[fleets.size()][];
        for (Fleet fleet : depotFleets) {
            List<Integer> cells = new ArrayList<>();
            for (int cell = 0; cell < operations.city.cellCount(); cell++) {
                if (fleet.serves(cell)) {
                    cells.add(cell);
                }
            }
            double[] weights = new double[cells.size()];
            servedCells[fleet.index()] = new int[cells.size()];
            double total = 0;
            for (int i = 0; i < weights.length; i++) {
                servedCells[fleet.index()][i] = cells.get(i);
                weights[i] = demand[cells.get(i)];
                total += weights[i];
            }
            if (total <= 0) {
                java.util.Arrays.fill(weights, 1.0);
            }
            pullOutCells[fleet.index()] = new AliasTable(weights);
        }
    }

    void startParked(Vehicle vehicle) {
        vehicle.state = VehicleState.OFF_DUTY;
        vehicle.depotPhase = DepotPhase.PARKED;
        vehicle.onDuty = false;
        vehicle.fleet().depot().enter(vehicle.id());
    }

    /** Brings each depot fleet's on-duty count to the share its duty profile sets for this hour. */
    void adjustDuty(double now) {
        int hour = operations.calendar.hourOfDay(now);
        boolean weekend = operations.calendar.isWeekend(now);
        for (Fleet fleet : depotFleets) {
            DepotFleetSpec spec = fleet.spec().depot();
            double share = weekend ? spec.weekendDuty().get(hour) : spec.weekdayDuty().get(hour);
            int target = (int) Math.round(share * fleet.vehicles().size());
            int planned = fleet.onDuty + fleet.pendingPullOuts - fleet.pendingPullIns;
            if (target > planned) {
                addToDuty(fleet, target - planned, now);
            } else if (target < planned) {
                removeFromDuty(fleet, planned - target, now);
            }
        }
    }

    private void addToDuty(Fleet fleet, int count, double now) {
        int cancelled = Math.min(count, fleet.pendingPullIns);
        fleet.pendingPullIns -= cancelled;
        int needed = count - cancelled;
        List<Vehicle> parked = new ArrayList<>();
        for (Vehicle vehicle : fleet.vehicles()) {
            if (vehicle.depotPhase == DepotPhase.PARKED) {
                parked.add(vehicle);
            }
        }
        // The best-charged first; the vehicle index breaks ties so the order is reproducible.
        parked.sort(Comparator.comparingDouble((Vehicle v) -> -v.battery().chargeKwh()).thenComparingInt(Vehicle::index));
        for (int i = 0; i < parked.size() && needed > 0; i++, needed--) {
            pullOut(parked.get(i), now);
        }
        fleet.pendingPullOuts += needed;
    }

    private void removeFromDuty(Fleet fleet, int count, double now) {
        int cancelled = Math.min(count, fleet.pendingPullOuts);
        fleet.pendingPullOuts -= cancelled;
        int needed = count - cancelled;
        for (Vehicle vehicle : fleet.vehicles()) {
            if (needed == 0) {
                break;
            }
            if (vehicle.state == VehicleState.IDLE) {
                operations.removeIdle(vehicle);
                pullIn(vehicle, now);
                needed--;
            }
        }
        fleet.pendingPullIns += needed;
    }

    private void pullOut(Vehicle vehicle, double now) {
        Fleet fleet = vehicle.fleet();
        fleet.depot().leave();
        vehicle.depotPhase = DepotPhase.NONE;
        if (!vehicle.onDuty) {
            vehicle.onDuty = true;
            fleet.onDuty++;
        }
        int target = servedCells[fleet.index()][pullOutCells[fleet.index()].sample(random)];
        operations.startLeg(vehicle, VehicleState.FROM_DEPOT, target, 0.0, true, now);
    }

    private void pullIn(Vehicle vehicle, double now) {
        vehicle.onDuty = false;
        vehicle.fleet().onDuty--;
        operations.startLeg(vehicle, VehicleState.TO_DEPOT, vehicle.fleet().depot().cell(), 0.0, true, now);
    }

    /**
     * Takes a vehicle that has just become free back to the depot when its fleet has too many on duty,
     * or when its charge is below the return threshold. Returns false when it stays out.
     */
    boolean takeBack(Vehicle vehicle, double now) {
        Fleet fleet = vehicle.fleet();
        if (fleet.pendingPullIns > 0) {
            fleet.pendingPullIns--;
            pullIn(vehicle, now);
            return true;
        }
        if (vehicle.battery().share() < fleet.spec().depot().returnBelowShare()) {
            operations.startLeg(vehicle, VehicleState.TO_DEPOT, fleet.depot().cell(), 0.0, false, now);
            return true;
        }
        return false;
    }

    void arrived(Vehicle vehicle, double now) {
        Depot depot = vehicle.fleet().depot();
        depot.enter(vehicle.id());
        operations.setState(vehicle, VehicleState.AT_DEPOT, now);
        operations.listeners.depotVisit(vehicle, depot, now);
        double cleaning = depot.spec().cleaningMinutes() * 60.0;
        if (cleaning > 0) {
            vehicle.depotPhase = DepotPhase.CLEANING;
            operations.scheduleDecision(vehicle, now + cleaning);
        } else {
            afterCleaning(vehicle, now);
        }
    }

    void phaseComplete(Vehicle vehicle, double now) {
        switch (vehicle.depotPhase) {
            case CLEANING -> afterCleaning(vehicle, now);
            case CHARGING -> {
                operations.endCharge(vehicle, now, true);
                releaseCharger(vehicle, now);
                afterCharging(vehicle, now);
            }
            default -> throw new IllegalStateException("vehicle " + vehicle.id() + " has a decision point at the depot in phase "
                    + vehicle.depotPhase);
        }
    }

    private void afterCleaning(Vehicle vehicle, double now) {
        Depot depot = vehicle.fleet().depot();
        if (vehicle.battery().chargeKwh() >= chargeToShare * vehicle.battery().capacityKwh()) {
            afterCharging(vehicle, now);
        } else if (depot.requestCharger(vehicle.index())) {
            startCharging(vehicle, now);
        } else {
            vehicle.depotPhase = DepotPhase.WAITING_FOR_CHARGER;
            vehicle.queuedSince = now;
        }
    }

    private void startCharging(Vehicle vehicle, double now) {
        vehicle.depotPhase = DepotPhase.CHARGING;
        Depot depot = vehicle.fleet().depot();
        operations.startCharge(vehicle, ChargeSource.DEPOT, chargeToShare * vehicle.battery().capacityKwh(),
                depot.spec().chargerKw(), now);
    }

    private void releaseCharger(Vehicle vehicle, double now) {
        Depot depot = vehicle.fleet().depot();
        int next = depot.releaseCharger();
        if (next >= 0) {
            Vehicle waiting = operations.vehicles[next];
            operations.listeners.depotChargerWait(waiting, depot, waiting.queuedSince, now);
            startCharging(waiting, now);
        }
    }

    /** Sends a cleaned and charged vehicle back out when it is on duty or wanted, and parks it otherwise. */
    private void afterCharging(Vehicle vehicle, double now) {
        Fleet fleet = vehicle.fleet();
        if (vehicle.onDuty) {
            pullOut(vehicle, now);
        } else if (fleet.pendingPullOuts > 0) {
            fleet.pendingPullOuts--;
            pullOut(vehicle, now);
        } else {
            vehicle.depotPhase = DepotPhase.PARKED;
            operations.setState(vehicle, VehicleState.OFF_DUTY, now);
        }
    }
}
