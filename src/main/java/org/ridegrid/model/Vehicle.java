package org.ridegrid.model;

import org.ridegrid.city.CellEntry;
import org.ridegrid.demand.Request;
import org.ridegrid.energy.Battery;
import org.ridegrid.energy.ChargeSource;
import org.ridegrid.energy.ChargingPad;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * One vehicle. It is scheduled only at its next decision point (arrival, charge complete, idle
 * check), never stepped on a fixed clock; between decision points its position is interpolated
 * from its current leg. State changes go through {@link FleetOperations}, which reports them.
 */
public final class Vehicle extends CellEntry implements Steppable {
    private static final long serialVersionUID = 1L;

    /** Receives a vehicle's scheduled decision point. The model implements it. */
    public interface DecisionHandler {
        void decisionPoint(Vehicle vehicle);
    }

    private final int index;
    private final int numberInFleet;
    private final Fleet fleet;
    private final Battery battery;

    VehicleState state = VehicleState.IDLE;
    double stateSince;
    int cell;

    // The current leg: a drive from legFrom to legTo between legStart and legEnd.
    boolean driving;
    int legFrom;
    int legTo;
    double legStart;
    double legEnd;
    double legMiles;
    /** Miles of the leg beyond the grid edge (a trip leaving the city, or the drive back from it). */
    double legOutsideMiles;
    EmptyReason legReason;
    boolean legEmptyReturn;
    /** True while the owner drives the car: those miles are the owner's, not the fleet's. */
    boolean ownerLeg;

    Request request;
    ChargingPad pad;
    ChargeSource chargeSource;
    double chargeStart;
    double chargeTargetKwh;
    double chargePowerKw;
    /** Cell the vehicle drives to after dropping a rider outside its fleet's service area, or -1. */
    int returnCell = -1;
    double returnOutsideMiles;

    // Depot fleets.
    DepotPhase depotPhase = DepotPhase.NONE;
    boolean onDuty;
    double queuedSince;

    // Lent cars.
    Owner owner;
    /** Lent cars: the cell where the owner needs the car next. */
    int anchorCell = -1;
    /** Lent cars: the time by which the car must be at its anchor cell; infinite when the owner needs nothing. */
    double returnBy = Double.POSITIVE_INFINITY;
    boolean lent;
    /**
     * Time of the one decision point that is due. A scheduled event at any other time was overtaken
     * by a later decision (an idle check before an assignment, say) and is ignored.
     */
    double nextDecision = Double.NaN;

    Vehicle(int index, int numberInFleet, Fleet fleet, Battery battery, int cell) {
        this.index = index;
        this.numberInFleet = numberInFleet;
        this.fleet = fleet;
        this.battery = battery;
        this.cell = cell;
    }

    @Override
    public void step(SimState simState) {
        ((DecisionHandler) simState).decisionPoint(this);
    }

    /** Returns the index of this vehicle among all vehicles of the run. */
    public int index() {
        return index;
    }

    public String id() {
        return fleet.name() + "-" + numberInFleet;
    }

    public Fleet fleet() {
        return fleet;
    }

    public Battery battery() {
        return battery;
    }

    public VehicleState state() {
        return state;
    }

    public double stateSince() {
        return stateSince;
    }

    /** Returns the cell the vehicle is at, or the cell its current leg started from. */
    public int cell() {
        return cell;
    }

    public boolean isDriving() {
        return driving;
    }

    public int legFrom() {
        return legFrom;
    }

    public int legTo() {
        return legTo;
    }

    public double legStart() {
        return legStart;
    }

    public double legEnd() {
        return legEnd;
    }

    public double legMiles() {
        return legMiles;
    }

    /** Whether the current or last leg is an empty return trip (depot pull-out or pull-in, owner return, out-of-area return). */
    public boolean legIsEmptyReturn() {
        return legEmptyReturn;
    }

    /** Returns the miles of the current leg beyond the grid edge. */
    public double legOutsideMiles() {
        return legOutsideMiles;
    }

    /** Returns where the energy of the current or last charge comes from. */
    public ChargeSource chargeSource() {
        return chargeSource;
    }

    /** Returns the owner of a lent car, or null. */
    public Owner owner() {
        return owner;
    }

    /** Returns whether a lent car is lent to the fleet now. */
    public boolean isLent() {
        return lent;
    }

    /** Returns the time by which a lent car must be back where its owner needs it, or infinity. */
    public double returnBy() {
        return returnBy;
    }

    /** Returns the cell where a lent car's owner needs it next, or -1. */
    public int anchorCell() {
        return anchorCell;
    }

    /** Returns whether a depot vehicle is assigned to duty. */
    public boolean isOnDuty() {
        return onDuty;
    }

    public DepotPhase depotPhase() {
        return depotPhase;
    }

    public Request request() {
        return request;
    }

    public ChargingPad pad() {
        return pad;
    }

    /**
     * Returns the fraction of the current leg driven by {@code time}, in [0, 1]; the vehicle drives
     * the x distance first, then the y distance, at constant speed.
     */
    public double legProgress(double time) {
        if (!driving || legEnd <= legStart) {
            return driving ? 1.0 : 0.0;
        }
        return Math.min(1.0, Math.max(0.0, (time - legStart) / (legEnd - legStart)));
    }

    /**
     * Writes the vehicle's position at {@code time} into {@code out} as cell coordinates {x, y} of the
     * cell centre it is at or passing. Between decision points the vehicle drives its leg's x distance
     * first, then its y distance, at constant speed.
     */
    public void position(org.ridegrid.city.GridCity city, double time, double[] out) {
        if (!driving) {
            out[0] = city.x(cell);
            out[1] = city.y(cell);
            return;
        }
        double fromX = city.x(legFrom);
        double fromY = city.y(legFrom);
        double dx = city.x(legTo) - fromX;
        double dy = city.y(legTo) - fromY;
        double steps = Math.abs(dx) + Math.abs(dy);
        double travelled = legProgress(time) * steps;
        if (travelled <= Math.abs(dx)) {
            out[0] = fromX + Math.signum(dx) * travelled;
            out[1] = fromY;
        } else {
            out[0] = fromX + dx;
            out[1] = fromY + Math.signum(dy) * (travelled - Math.abs(dx));
        }
    }

    @Override
    public String toString() {
        return id() + "[" + state + ", cell " + cell + "]";
    }
}
