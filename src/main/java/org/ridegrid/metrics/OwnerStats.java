package org.ridegrid.metrics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.ridegrid.energy.ChargeSource;
import org.ridegrid.energy.ChargingPad;
import org.ridegrid.model.SimulationListener;
import org.ridegrid.model.Vehicle;

/**
 * Lent cars' owner-side numbers: cars that came back late (each with the car and the minutes), and
 * the energy charged at owners' homes.
 */
public final class OwnerStats implements SimulationListener {
    /** How many late returns are kept with their details; all are counted. */
    static final int KEPT_LATE_RETURNS = 100;

    /** One late return: the car, when it arrived and how many minutes after its due time. */
    public record LateReturn(String vehicle, double time, double minutesLate) {
    }

    private final List<LateReturn> late = new ArrayList<>();
    private long lateCount;
    private double homeKwh;

    @Override
    public void ownerLate(Vehicle vehicle, double minutesLate, double time) {
        lateCount++;
        if (late.size() < KEPT_LATE_RETURNS) {
            late.add(new LateReturn(vehicle.id(), time, minutesLate));
        }
    }

    @Override
    public void chargeDelivered(Vehicle vehicle, ChargingPad pad, double kwh, double from, double to,
            boolean complete) {
        if (vehicle.chargeSource() == ChargeSource.HOME) {
            homeKwh += kwh;
        }
    }

    public long lateCount() {
        return lateCount;
    }

    /** Returns the first late returns, in the order they happened. */
    public List<LateReturn> lateReturns() {
        return Collections.unmodifiableList(late);
    }

    public double homeKwh() {
        return homeKwh;
    }
}
