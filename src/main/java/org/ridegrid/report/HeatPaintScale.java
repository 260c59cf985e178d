package org.ridegrid.report;

import java.awt.Color;
import java.awt.Paint;
import java.io.Serializable;

import org.jfree.chart.renderer.PaintScale;

/**
 * Colour scale of the city maps: pale grey for zero, then from light yellow through orange and
 * red to dark red at the upper bound.
 */
final class HeatPaintScale implements PaintScale, Serializable {
    private static final long serialVersionUID = 1L;
    private static final Color ZERO = new Color(0xF2F2F2);
    private static final Color[] STOPS = {new Color(0xFFF3B0), new Color(0xFDAE61), new Color(0xE6550D),
        new Color(0xA50F15), new Color(0x4A0008)};

    private final double upper;

    HeatPaintScale(double upper) {
        this.upper = Math.max(upper, 1);
    }

    @Override
    public double getLowerBound() {
        return 0;
    }

    @Override
    public double getUpperBound() {
        return upper;
    }

    @Override
    public Paint getPaint(double value) {
        if (!(value > 0)) {
            return ZERO;
        }
        double position = Math.min(value / upper, 1) * (STOPS.length - 1);
        int low = Math.min((int) position, STOPS.length - 2);
        double t = position - low;
        Color a = STOPS[low];
        Color b = STOPS[low + 1];
        return new Color(mix(a.getRed(), b.getRed(), t), mix(a.getGreen(), b.getGreen(), t),
                mix(a.getBlue(), b.getBlue(), t));
    }

    private static int mix(int from, int to, double t) {
        return (int) Math.round(from + (to - from) * t);
    }
}
