package org.ridegrid.gui;

import java.util.List;
import java.util.Locale;

import org.ridegrid.city.GridCity;
import org.ridegrid.demand.Request;
import org.ridegrid.energy.ChargingPad;
import org.ridegrid.model.Vehicle;
import org.ridegrid.model.VehicleState;
import org.ridegrid.scenario.FleetKind;

/**
 * One vehicle as the view shows it. The state drawn is the one at the last frame, so that a
 * picture is a consistent snapshot. The getters, shown by MASON's inspector, read the vehicle live.
 */
public final class VehicleView {
    private final Vehicle vehicle;
    private final GridCity city;
    private final StateHistory history;
    /** Fixed offset from the cell centre, in cells, so that vehicles in one cell do not hide each other. */
    private final double offsetX;
    private final double offsetY;
    private VehicleState shownState;
    private final double[] position = new double[2];

    VehicleView(Vehicle vehicle, GridCity city, StateHistory history, double offsetX, double offsetY) {
        this.vehicle = vehicle;
        this.city = city;
        this.history = history;
        this.offsetX = offsetX;
        this.offsetY = offsetY;
        this.shownState = vehicle.state();
    }

    /** Moves the view to the vehicle's interpolated position at {@code time}, in field coordinates. */
    void refresh(double time) {
        vehicle.position(city, time, position);
        position[0] += 0.5 + offsetX;
        position[1] += 0.5 + offsetY;
        shownState = vehicle.state();
    }

    Vehicle vehicle() {
        return vehicle;
    }

    double x() {
        return position[0];
    }

    double y() {
        return position[1];
    }

    VehicleState shownState() {
        return shownState;
    }

    FleetKind kind() {
        return vehicle.fleet().spec().kind();
    }

    public String getId() {
        return vehicle.id();
    }

    public String getFleet() {
        return vehicle.fleet().name() + " (" + kind().key() + ")";
    }

    public String getState() {
        return vehicle.state().label();
    }

    public String getInStateSince() {
        return ClockText.dayAndTime(vehicle.stateSince());
    }

    /** Returns the battery charge as recorded at the vehicle's last event (legs are charged on arrival). */
    public String getCharge() {
        return String.format(Locale.ROOT, "%.1f%% of %.0f kWh", vehicle.battery().share() * 100.0,
                vehicle.battery().capacityKwh());
    }

    public String getCell() {
        return CellText.of(city, vehicle.cell());
    }

    public String getLeg() {
        if (!vehicle.isDriving()) {
            return "parked at " + CellText.of(city, vehicle.cell());
        }
        return CellText.of(city, vehicle.legFrom()) + " to " + CellText.of(city, vehicle.legTo()) + ", "
                + String.format(Locale.ROOT, "%.2f mi", vehicle.legMiles()) + ", arrives "
                + ClockText.dayAndTime(vehicle.legEnd());
    }

    public String getTrip() {
        Request request = vehicle.request();
        if (request == null) {
            return "none";
        }
        return RiderView.describe(city, request);
    }

    public String getPad() {
        ChargingPad pad = vehicle.pad();
        return pad == null ? "none" : PadView.describe(city, pad);
    }

    /** Returns the last closed state intervals, newest first. */
    public String getHistory() {
        List<String> lines = history.describe(vehicle.index());
        return lines.isEmpty() ? "no state change yet" : String.join("; ", lines);
    }

    public int getStateChanges() {
        return history.changes(vehicle.index());
    }

    @Override
    public String toString() {
        return "Vehicle " + vehicle.id();
    }

    /** Returns, for a lent car, when it must be back where its owner needs it, or "none". */
    public String getOwnerDeadline() {
        if (vehicle.owner() == null || Double.isInfinite(vehicle.returnBy())) {
            return "none";
        }
        return ClockText.dayAndTime(vehicle.returnBy()) + " at " + CellText.of(city, vehicle.anchorCell());
    }

    /** Returns, for a lent car, its owner's home and work cells, or "none". */
    public String getOwnerPlaces() {
        if (vehicle.owner() == null) {
            return "none";
        }
        return "home " + CellText.of(city, vehicle.owner().home()) + ", work " + CellText.of(city, vehicle.owner().work());
    }
}
