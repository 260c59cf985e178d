package org.ridegrid.gui;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.Locale;
import java.util.Set;

import org.ridegrid.model.VehicleState;
import org.ridegrid.scenario.FleetKind;

/**
 * Paints the panel beside the city: the clock, the numbers so far and the legend. The live view's
 * side panel and the snapshot both use it, so they always agree.
 */
final class InfoPainter {
    /** Panel size in pixels. The height fits every vehicle state and a few fleet kinds. */
    static final int WIDTH = 250;
    static final int HEIGHT = 660;
    private static final int MARGIN = 12;
    private static final int LINE = 18;
    private static final int SWATCH = 12;

    private final String title;
    private final Set<FleetKind> kinds;
    private final double maxWaitMinutes;

    InfoPainter(String title, Set<FleetKind> kinds, double maxWaitMinutes) {
        this.title = title;
        this.kinds = kinds;
        this.maxWaitMinutes = maxWaitMinutes;
    }

    /** Paints the panel with its top left corner at ({@code left}, {@code top}); {@code headline} may be null. */
    void paint(Graphics2D graphics, Headline headline, int left, int top) {
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        graphics.setPaint(ViewColors.PANEL_BACKGROUND);
        graphics.fillRect(left, top, WIDTH, HEIGHT);
        Font plain = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        Font bold = plain.deriveFont(Font.BOLD);
        int x = left + MARGIN;
        int right = left + WIDTH - MARGIN;
        int y = top + MARGIN + 12;

        graphics.setPaint(ViewColors.TEXT);
        graphics.setFont(bold.deriveFont(14f));
        graphics.drawString(title, x, y);
        y += LINE + 2;
        if (headline == null) {
            graphics.setFont(plain);
            graphics.drawString("Press play to start the run.", x, y);
            return;
        }
        graphics.drawString(headline.clock(), x, y);
        y += LINE + 4;

        graphics.setFont(plain);
        y = text(graphics, x, right, y, "Seed", Long.toString(headline.seed()));
        y = text(graphics, x, right, y, "Requests", count(headline.requests()));
        y = text(graphics, x, right, y, "Served", count(headline.served()));
        y = text(graphics, x, right, y, "Abandoned", count(headline.abandoned()) + share(headline.abandoned(), headline.requests()));
        y = text(graphics, x, right, y, "Mean wait", Double.isNaN(headline.meanWaitMinutes()) ? "-"
                : String.format(Locale.ROOT, "%.1f min", headline.meanWaitMinutes()));
        y = text(graphics, x, right, y, "Waiting now", count(headline.waitingRiders()));
        y += 6;

        y = heading(graphics, bold, x, y, "Vehicles by state (" + headline.vehicles() + ")");
        for (VehicleState state : VehicleState.values()) {
            if (!isListed(state, headline)) {
                continue;
            }
            graphics.setPaint(ViewColors.of(state));
            graphics.fill(new Rectangle2D.Double(x, y - SWATCH + 2, SWATCH, SWATCH));
            graphics.setPaint(ViewColors.TEXT);
            text(graphics, x + SWATCH + 6, right, y, state.label(), count(headline.vehicles(state)));
            y += LINE;
        }
        y += 6;

        y = heading(graphics, bold, x, y, "Fleet kinds");
        for (FleetKind kind : kinds) {
            drawShape(graphics, FleetShapes.unitShape(kind), x + SWATCH / 2.0, y - SWATCH / 2.0 + 2, SWATCH + 2);
            graphics.setPaint(ViewColors.TEXT);
            graphics.drawString(kind.key() + ": " + FleetShapes.outlineName(kind), x + SWATCH + 6, y);
            y += LINE;
        }
        y += 6;

        y = heading(graphics, bold, x, y, "Riders (dots)");
        y = gradient(graphics, x, y, true, "just requested",
                String.format(Locale.ROOT, "giving up (%.0f min)", maxWaitMinutes));
        Ellipse2D.Double faded = new Ellipse2D.Double(x, y - SWATCH + 2, SWATCH, SWATCH);
        graphics.setPaint(ViewColors.withAlpha(ViewColors.riderWait(1.0), 0.35));
        graphics.fill(faded);
        graphics.setPaint(ViewColors.TEXT);
        graphics.drawString("gave up (fades out)", x + SWATCH + 6, y);
        y += LINE + 6;

        y = heading(graphics, bold, x, y, "Pads (squares)");
        y = gradient(graphics, x, y, false, "no place taken", "all places taken");
        graphics.setPaint(ViewColors.padUse(0.5));
        graphics.fill(new Rectangle2D.Double(x, y - SWATCH + 2, SWATCH, SWATCH));
        graphics.setPaint(ViewColors.PAD_QUEUE);
        graphics.draw(new Rectangle2D.Double(x, y - SWATCH + 2, SWATCH, SWATCH));
        graphics.setPaint(ViewColors.TEXT);
        graphics.drawString("red border: vehicles queue", x + SWATCH + 6, y);
        y += LINE;
        graphics.setPaint(ViewColors.withAlpha(ViewColors.of(VehicleState.AT_DEPOT), 0.7));
        graphics.fill(new Rectangle2D.Double(x, y - SWATCH + 2, SWATCH, SWATCH));
        graphics.setPaint(ViewColors.OUTLINE);
        graphics.draw(new Rectangle2D.Double(x, y - SWATCH + 2, SWATCH, SWATCH));
        graphics.setPaint(ViewColors.TEXT);
        graphics.drawString("large square: depot, by use", x + SWATCH + 6, y);
    }

    /** Lists the states a Cybercab fleet uses, and any other state while a vehicle is in it. */
    private static boolean isListed(VehicleState state, Headline headline) {
        return state.ordinal() <= VehicleState.CHARGING.ordinal() || headline.vehicles(state) > 0;
    }

    private static int heading(Graphics2D graphics, Font bold, int x, int y, String text) {
        Font previous = graphics.getFont();
        graphics.setFont(bold);
        graphics.setPaint(ViewColors.TEXT);
        graphics.drawString(text, x, y);
        graphics.setFont(previous);
        return y + LINE;
    }

    private static int text(Graphics2D graphics, int x, int right, int y, String label, String value) {
        graphics.setPaint(ViewColors.TEXT);
        graphics.drawString(label, x, y);
        int width = graphics.getFontMetrics().stringWidth(value);
        graphics.drawString(value, right - width, y);
        return y + LINE;
    }

    private int gradient(Graphics2D graphics, int x, int y, boolean riders, String low, String high) {
        int steps = 5;
        for (int i = 0; i < steps; i++) {
            double share = i / (double) (steps - 1);
            Color color = riders ? ViewColors.riderWait(share) : ViewColors.padUse(share);
            Shape swatch = riders ? new Ellipse2D.Double(x + i * (SWATCH + 2), y - SWATCH + 2, SWATCH, SWATCH)
                    : new Rectangle2D.Double(x + i * (SWATCH + 2), y - SWATCH + 2, SWATCH, SWATCH);
            graphics.setPaint(color);
            graphics.fill(swatch);
            graphics.setPaint(ViewColors.OUTLINE);
            graphics.draw(swatch);
        }
        graphics.setPaint(ViewColors.TEXT);
        graphics.drawString(low + " to", x + steps * (SWATCH + 2) + 4, y);
        graphics.drawString(high, x + steps * (SWATCH + 2) + 4, y + LINE - 4);
        return y + 2 * LINE;
    }

    private static void drawShape(Graphics2D graphics, Shape unit, double centreX, double centreY, double size) {
        AffineTransform saved = graphics.getTransform();
        graphics.translate(centreX, centreY);
        graphics.scale(size, size);
        graphics.setPaint(ViewColors.of(VehicleState.IDLE));
        graphics.fill(unit);
        graphics.setTransform(saved);
    }

    private static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    private static String share(long part, long whole) {
        return whole == 0 ? "" : String.format(Locale.ROOT, " (%.1f%%)", 100.0 * part / whole);
    }
}
