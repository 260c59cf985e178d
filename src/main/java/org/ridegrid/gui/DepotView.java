package org.ridegrid.gui;

import org.ridegrid.city.GridCity;
import org.ridegrid.energy.Depot;

/** One depot as the view shows it; the getters are shown by MASON's inspector. */
public final class DepotView {
    private final Depot depot;
    private final GridCity city;
    private int shownPresent;
    private int shownCharging;

    DepotView(Depot depot, GridCity city) {
        this.depot = depot;
        this.city = city;
    }

    void refresh() {
        shownPresent = depot.present();
        shownCharging = depot.charging();
    }

    double x() {
        return city.x(depot.cell()) + 0.5;
    }

    double y() {
        return city.y(depot.cell()) + 0.5;
    }

    /** Returns the share of the depot's parking taken at the last frame. */
    double shownFill() {
        return shownPresent / (double) depot.spec().capacity();
    }

    int shownCharging() {
        return shownCharging;
    }

    public String getName() {
        return depot.name();
    }

    public String getCell() {
        return CellText.of(city, depot.cell());
    }

    public int getVehiclesPresent() {
        return depot.present();
    }

    public int getCapacity() {
        return depot.spec().capacity();
    }

    public int getVehiclesCharging() {
        return depot.charging();
    }

    public int getChargers() {
        return depot.spec().chargers();
    }

    public int getWaitingForCharger() {
        return depot.queued();
    }

    @Override
    public String toString() {
        return "depot " + depot.name() + " at " + CellText.of(city, depot.cell());
    }
}
