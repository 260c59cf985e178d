package org.ridegrid.gui;

import org.ridegrid.city.GridCity;

/** The zoom the view opens with: whole cells of a size that fits the city into about 800 pixels. */
final class ViewScale {
    /** Target size of the city's longer side, in pixels. */
    static final int TARGET_PIXELS = 800;
    static final int MIN_CELL_PIXELS = 2;
    static final int MAX_CELL_PIXELS = 60;

    private ViewScale() {
    }

    /** Returns the pixels per cell for {@code city}: 20 for 40 x 40 cells, 60 for 10 x 10. */
    static int cellPixels(GridCity city) {
        int longer = Math.max(city.width(), city.height());
        return Math.max(MIN_CELL_PIXELS, Math.min(MAX_CELL_PIXELS, TARGET_PIXELS / longer));
    }
}
