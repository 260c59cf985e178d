package org.ridegrid.gui;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

import sim.portrayal.DrawInfo2D;
import sim.portrayal.SimplePortrayal2D;

/**
 * Draws a {@link PadView} as a square filled by the share of its places taken. A pad with a queue
 * gets a red border, and the queue length when the square is large enough to hold it.
 */
final class PadPortrayal extends SimplePortrayal2D {
    private static final long serialVersionUID = 1L;
    static final double SIZE_CELLS = 0.8;
    static final double MIN_PIXELS = 4.0;
    /** Smallest square, in pixels, that gets the queue length written in it. */
    private static final double MIN_PIXELS_FOR_TEXT = 14.0;

    static double pixels(DrawInfo2D info) {
        return Math.max(MIN_PIXELS, SIZE_CELLS * info.draw.width);
    }

    @Override
    public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
        PadView pad = (PadView) object;
        double size = pixels(info);
        Rectangle2D.Double square = new Rectangle2D.Double(info.draw.x - size / 2, info.draw.y - size / 2, size, size);
        graphics.setPaint(ViewColors.padUse(pad.shownCharging() / (double) pad.places()));
        graphics.fill(square);
        boolean queue = pad.shownQueued() > 0;
        graphics.setStroke(new BasicStroke(queue || info.selected ? 2.0f : 1.0f));
        if (info.selected) {
            graphics.setPaint(ViewColors.SELECTED);
        } else if (queue) {
            graphics.setPaint(ViewColors.PAD_QUEUE);
        } else {
            graphics.setPaint(ViewColors.OUTLINE);
        }
        graphics.draw(square);
        if (queue && size >= MIN_PIXELS_FOR_TEXT) {
            graphics.setFont(graphics.getFont().deriveFont(Font.BOLD, (float) (size * 0.55)));
            String text = Integer.toString(pad.shownQueued());
            int width = graphics.getFontMetrics().stringWidth(text);
            graphics.setPaint(ViewColors.PAD_QUEUE);
            graphics.drawString(text, (float) (info.draw.x - width / 2.0), (float) (info.draw.y + size * 0.2));
        }
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        double size = pixels(range);
        return range.clip.intersects(range.draw.x - size / 2, range.draw.y - size / 2, size, size);
    }
}
