package org.ridegrid.gui;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.util.EnumMap;
import java.util.Map;

import org.ridegrid.model.VehicleState;
import org.ridegrid.scenario.FleetKind;

import sim.portrayal.DrawInfo2D;
import sim.portrayal.SimplePortrayal2D;

/**
 * Draws a {@link VehicleView} as its fleet kind's outline, filled with its state's colour; off-duty
 * vehicles are drawn faintly.
 */
final class VehiclePortrayal extends SimplePortrayal2D {
    private static final long serialVersionUID = 1L;
    /** Vehicle length as a share of a cell's width. */
    static final double SIZE_CELLS = 0.42;
    /** Smallest drawn size in pixels, so that vehicles stay visible in a large city. */
    static final double MIN_PIXELS = 3.0;
    /** Opacity of an off-duty vehicle. */
    static final double OFF_DUTY_ALPHA = 0.35;

    private final transient Map<FleetKind, Shape> shapes = new EnumMap<>(FleetKind.class);

    VehiclePortrayal() {
        for (FleetKind kind : FleetKind.values()) {
            shapes.put(kind, FleetShapes.unitShape(kind));
        }
    }

    static double pixels(DrawInfo2D info) {
        return Math.max(MIN_PIXELS, SIZE_CELLS * info.draw.width);
    }

    @Override
    public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
        VehicleView vehicle = (VehicleView) object;
        double size = pixels(info);
        AffineTransform saved = graphics.getTransform();
        graphics.translate(info.draw.x, info.draw.y);
        graphics.scale(size, size);
        Shape shape = shapes.get(vehicle.kind());
        boolean offDuty = vehicle.shownState() == VehicleState.OFF_DUTY;
        // Off-duty cars (a lent car with its owner, a depot vehicle parked) are drawn faintly where they stand.
        graphics.setPaint(offDuty ? ViewColors.withAlpha(ViewColors.of(VehicleState.OFF_DUTY), OFF_DUTY_ALPHA)
                : ViewColors.of(vehicle.shownState()));
        graphics.fill(shape);
        if (info.selected) {
            graphics.setStroke(new BasicStroke((float) (2.0 / size)));
            graphics.setPaint(ViewColors.SELECTED);
            graphics.draw(shape);
        }
        graphics.setTransform(saved);
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        double size = pixels(range);
        return range.clip.intersects(range.draw.x - size / 2, range.draw.y - size / 2, size, size);
    }
}
