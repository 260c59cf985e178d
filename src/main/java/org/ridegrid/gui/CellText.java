package org.ridegrid.gui;

import org.ridegrid.city.GridCity;

/** Formats a cell as "(x 3, y 7, core)" for inspectors. */
final class CellText {
    private CellText() {
    }

    static String of(GridCity city, int cell) {
        return "(x " + city.x(cell) + ", y " + city.y(cell) + ", " + city.zones().get(city.zoneOf(cell)).name() + ")";
    }
}
