package org.ridegrid.gui;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.EnumSet;
import java.util.Set;

import org.ridegrid.city.GridCity;
import org.ridegrid.model.RideGridModel;
import org.ridegrid.scenario.FleetKind;
import org.ridegrid.scenario.FleetSpec;

import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;

/**
 * Renders the live view at one simulated time without a display: the model runs through the same
 * GUI state and frame tick as in the Console, then each field portrayal draws into an image.
 */
public final class CitySnapshot {
    private CitySnapshot() {
    }

    /** Returns the zoom the live view opens with for {@code model}'s city, in pixels per cell. */
    public static int defaultCellPixels(RideGridModel model) {
        return ViewScale.cellPixels(model.city());
    }

    /** Returns the image size for a city of {@code width} x {@code height} cells: {width, height} in pixels. */
    public static int[] imageSize(int widthCells, int heightCells, int cellPixels) {
        return new int[] {widthCells * cellPixels + InfoPainter.WIDTH, Math.max(heightCells * cellPixels, InfoPainter.HEIGHT)};
    }

    /**
     * Runs {@code model}, which must not have started, to {@code time} and draws the view. The time
     * must be a multiple of {@link RideGridWithUI#DEFAULT_FRAME_SECONDS} within the horizon, so that a
     * frame falls on it exactly.
     */
    public static BufferedImage render(RideGridModel model, double time, int cellPixels) {
        RideGridWithUI gui = new RideGridWithUI(model, RideGridWithUI.DEFAULT_FRAME_SECONDS);
        Headline[] last = new Headline[1];
        gui.addSink((headline, events) -> last[0] = headline);
        gui.start();
        while (model.schedule.getTime() < time && gui.step()) {
            // Each step runs every event of the next scheduled time, frames included.
        }
        if (last[0] == null || last[0].time() != time) {
            throw new IllegalStateException("no frame at " + time + " s; the last frame was at "
                    + (last[0] == null ? "none" : last[0].time() + " s"));
        }
        BufferedImage image = draw(gui, last[0], cellPixels);
        gui.finish();
        return image;
    }

    static BufferedImage draw(RideGridWithUI gui, Headline headline, int cellPixels) {
        GridCity city = gui.model().city();
        int cityWidth = city.width() * cellPixels;
        int cityHeight = city.height() * cellPixels;
        int[] size = imageSize(city.width(), city.height(), cellPixels);
        BufferedImage image = new BufferedImage(size[0], size[1], BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setPaint(ViewColors.BACKDROP);
            graphics.fillRect(0, 0, size[0], size[1]);
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            Rectangle2D.Double area = new Rectangle2D.Double(0, 0, cityWidth, cityHeight);
            for (FieldPortrayal2D layer : gui.scene().layers()) {
                layer.draw(layer.getField(), graphics, new DrawInfo2D(gui, layer, area, area));
            }
            infoPainter(gui.model()).paint(graphics, headline, cityWidth, 0);
        } finally {
            graphics.dispose();
        }
        return image;
    }

    static InfoPainter infoPainter(RideGridModel model) {
        Set<FleetKind> kinds = EnumSet.noneOf(FleetKind.class);
        for (FleetSpec fleet : model.scenario().fleets()) {
            kinds.add(fleet.kind());
        }
        return new InfoPainter("RideGrid: " + model.scenario().name(), kinds,
                model.scenario().demand().maxWaitMinutes());
    }
}
