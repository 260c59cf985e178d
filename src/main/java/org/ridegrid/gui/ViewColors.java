package org.ridegrid.gui;

import java.awt.Color;

import org.ridegrid.model.VehicleState;

/** The colours of the city view, shared by the live view, its legend and the snapshot. */
final class ViewColors {
    static final Color BACKDROP = new Color(0xFAFAFA);
    static final Color GRID_LINE = new Color(0, 0, 0, 28);
    static final Color OUTLINE = new Color(0x202020);
    static final Color SELECTED = new Color(0x00B0FF);
    static final Color PAD_QUEUE = new Color(0xD62728);
    static final Color PANEL_BACKGROUND = new Color(0xF4F4F4);
    static final Color TEXT = new Color(0x202020);

    private static final Color[] STATE_COLORS = new Color[VehicleState.count()];
    private static final Color RIDER_NEW = new Color(0xFFF3B0);
    private static final Color RIDER_LATE = new Color(0x7A0177);
    private static final Color PAD_EMPTY = new Color(0xE4E4E4);
    private static final Color PAD_FULL = new Color(VehicleState.CHARGING.rgb());

    static {
        for (VehicleState state : VehicleState.values()) {
            STATE_COLORS[state.ordinal()] = new Color(state.rgb());
        }
    }

    private ViewColors() {
    }

    static Color of(VehicleState state) {
        return STATE_COLORS[state.ordinal()];
    }

    /** Returns the fill of a waiting rider who has used {@code share} (0 to 1) of the maximum wait. */
    static Color riderWait(double share) {
        return blend(RIDER_NEW, RIDER_LATE, share);
    }

    /** Returns the fill of a pad with {@code share} (0 to 1) of its places taken. */
    static Color padUse(double share) {
        return blend(PAD_EMPTY, PAD_FULL, share);
    }

    /** Returns the shade of zone {@code zone} of {@code zones}: the core (zone 0) darkest. */
    static Color zoneShade(int zone, int zones) {
        double share = zones <= 1 ? 1.0 : zone / (double) (zones - 1);
        int grey = (int) Math.round(180 + share * (244 - 180));
        return new Color(grey, grey, Math.min(255, grey + 8));
    }

    static Color withAlpha(Color color, double alpha) {
        int a = (int) Math.round(Math.max(0.0, Math.min(1.0, alpha)) * 255);
        return new Color(color.getRed(), color.getGreen(), color.getBlue(), a);
    }

    private static Color blend(Color from, Color to, double share) {
        double t = Math.max(0.0, Math.min(1.0, share));
        return new Color(
                (int) Math.round(from.getRed() + t * (to.getRed() - from.getRed())),
                (int) Math.round(from.getGreen() + t * (to.getGreen() - from.getGreen())),
                (int) Math.round(from.getBlue() + t * (to.getBlue() - from.getBlue())));
    }
}
