package org.ridegrid.gui;

import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

import org.ridegrid.scenario.FleetKind;

/**
 * The outline each fleet kind is drawn with, so that kinds differ by shape while colour shows the
 * vehicle state. The switch has no default branch, so a new {@link FleetKind} does not compile
 * until it is given a shape here.
 */
final class FleetShapes {
    private FleetShapes() {
    }

    /** Returns the kind's outline, centred on (0, 0) and fitting inside a 1 x 1 square. */
    static Shape unitShape(FleetKind kind) {
        return switch (kind) {
            case CYBERCAB -> new RoundRectangle2D.Double(-0.5, -0.35, 1.0, 0.7, 0.55, 0.55);
            case DEPOT -> new Rectangle2D.Double(-0.5, -0.4, 1.0, 0.8);
            case LENT -> diamond();
        };
    }

    /** Returns the words the legend uses for the kind's outline. */
    static String outlineName(FleetKind kind) {
        return switch (kind) {
            case CYBERCAB -> "rounded pod";
            case DEPOT -> "square";
            case LENT -> "diamond";
        };
    }

    private static Shape diamond() {
        Path2D.Double shape = new Path2D.Double();
        shape.moveTo(0, -0.5);
        shape.lineTo(0.5, 0);
        shape.lineTo(0, 0.5);
        shape.lineTo(-0.5, 0);
        shape.closePath();
        return shape;
    }
}
