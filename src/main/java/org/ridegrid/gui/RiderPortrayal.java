package org.ridegrid.gui;

import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;

import sim.portrayal.DrawInfo2D;
import sim.portrayal.SimplePortrayal2D;

/** Draws a {@link RiderView} as a small outlined dot, coloured by how long the rider has waited. */
final class RiderPortrayal extends SimplePortrayal2D {
    private static final long serialVersionUID = 1L;
    static final double SIZE_CELLS = 0.26;
    static final double MIN_PIXELS = 3.0;

    static double pixels(DrawInfo2D info) {
        return Math.max(MIN_PIXELS, SIZE_CELLS * info.draw.width);
    }

    @Override
    public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
        RiderView rider = (RiderView) object;
        if (rider.shownAlpha() <= 0.0) {
            return;
        }
        double size = pixels(info);
        Ellipse2D.Double dot = new Ellipse2D.Double(info.draw.x - size / 2, info.draw.y - size / 2, size, size);
        graphics.setPaint(ViewColors.withAlpha(rider.shownColor(), rider.shownAlpha()));
        graphics.fill(dot);
        graphics.setPaint(ViewColors.withAlpha(info.selected ? ViewColors.SELECTED : ViewColors.OUTLINE,
                rider.shownAlpha()));
        graphics.draw(dot);
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        double size = pixels(range);
        return range.clip.intersects(range.draw.x - size / 2, range.draw.y - size / 2, size, size);
    }
}
