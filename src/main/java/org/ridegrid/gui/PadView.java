package org.ridegrid.gui;

import org.ridegrid.city.GridCity;
import org.ridegrid.energy.ChargingPad;

/** One charging pad as the view shows it; the getters are shown by MASON's inspector. */
public final class PadView {
    private final ChargingPad pad;
    private final GridCity city;
    private int shownCharging;
    private int shownQueued;

    PadView(ChargingPad pad, GridCity city) {
        this.pad = pad;
        this.city = city;
    }

    void refresh() {
        shownCharging = pad.charging();
        shownQueued = pad.queued();
    }

    double x() {
        return city.x(pad.cell()) + 0.5;
    }

    double y() {
        return city.y(pad.cell()) + 0.5;
    }

    int places() {
        return pad.places();
    }

    int shownCharging() {
        return shownCharging;
    }

    int shownQueued() {
        return shownQueued;
    }

    static String describe(GridCity city, ChargingPad pad) {
        return "pad " + pad.id() + " at " + CellText.of(city, pad.cell());
    }

    public int getId() {
        return pad.id();
    }

    public String getCell() {
        return CellText.of(city, pad.cell());
    }

    public int getPlaces() {
        return pad.places();
    }

    public double getPowerKw() {
        return pad.powerKw();
    }

    public int getCharging() {
        return pad.charging();
    }

    public int getQueued() {
        return pad.queued();
    }

    /** Returns the vehicles driving here with a place reserved. */
    public int getOnTheWay() {
        return pad.enRoute();
    }

    @Override
    public String toString() {
        return "Pad " + pad.id();
    }
}
