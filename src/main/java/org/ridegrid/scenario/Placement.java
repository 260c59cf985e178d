package org.ridegrid.scenario;

/** How pads or vehicles are spread over the grid. */
public enum Placement {
    /** Every cell equally likely. */
    UNIFORM,
    /** Cells weighted by their zone's residential weight. */
    RESIDENTIAL,
    /** Pads at the listed cells (pads only). */
    EXPLICIT,
    /** Vehicles start at pads, spread evenly over them (vehicles only). */
    PADS;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
