package org.ridegrid.gui;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

import org.ridegrid.model.VehicleState;

import sim.portrayal.DrawInfo2D;
import sim.portrayal.SimplePortrayal2D;

/**
 * Draws a {@link DepotView} as a large square in the depot colour, filled from the bottom by the
 * share of its parking taken, with a thick outline so it stands out from the pads.
 */
final class DepotPortrayal extends SimplePortrayal2D {
    private static final long serialVersionUID = 1L;
    static final double SIZE_CELLS = 2.2;
    static final double MIN_PIXELS = 10.0;

    static double pixels(DrawInfo2D info) {
        return Math.max(MIN_PIXELS, SIZE_CELLS * info.draw.width);
    }

    @Override
    public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
        DepotView depot = (DepotView) object;
        double size = pixels(info);
        double left = info.draw.x - size / 2;
        double top = info.draw.y - size / 2;
        graphics.setPaint(ViewColors.withAlpha(ViewColors.of(VehicleState.AT_DEPOT), 0.25));
        graphics.fill(new Rectangle2D.Double(left, top, size, size));
        double filled = size * Math.min(1.0, depot.shownFill());
        graphics.setPaint(ViewColors.withAlpha(ViewColors.of(VehicleState.AT_DEPOT), 0.7));
        graphics.fill(new Rectangle2D.Double(left, top + size - filled, size, filled));
        graphics.setStroke(new BasicStroke(info.selected ? 3.0f : 2.0f));
        graphics.setPaint(info.selected ? ViewColors.SELECTED : ViewColors.OUTLINE);
        graphics.draw(new Rectangle2D.Double(left, top, size, size));
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        double size = pixels(range);
        return range.clip.intersects(range.draw.x - size / 2, range.draw.y - size / 2, size, size);
    }
}
