package org.ridegrid.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.ridegrid.model.EmptyReason;
import org.ridegrid.model.VehicleState;

/**
 * Fonts and colours shared by every report chart, sized to be read at 1200 x 800 pixels. A state
 * has the colour of {@link VehicleState#rgb()} everywhere, and an empty-mile reason the colour of
 * the state that drives it.
 */
final class ChartStyle {
    static final int WIDTH = 1200;
    static final int HEIGHT = 800;

    static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 26);
    static final Font SUBTITLE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 16);
    static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 18);
    static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
    static final Font LEGEND_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 16);

    static final Color GRID = new Color(0xD0D0D0);
    static final Color PEAK = new Color(0x4C9BE8);
    static final Color SPREAD_LINE = Color.BLACK;
    /** Out-of-area return legs have no state of their own in a Cybercab run. */
    static final Color OUT_OF_AREA_RETURN = new Color(0x393B79);
    static final Color ABANDONED = new Color(0xD62728);
    static final BasicStroke LINE = new BasicStroke(3f);
    static final BasicStroke DASHED = new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {10f, 6f}, 0f);

    private ChartStyle() {
    }

    static Color stateColor(VehicleState state) {
        return new Color(state.rgb());
    }

    static Color reasonColor(EmptyReason reason) {
        for (VehicleState state : VehicleState.values()) {
            if (state.drivingReason() == reason) {
                return stateColor(state);
            }
        }
        return OUT_OF_AREA_RETURN;
    }

    /** Returns the colour with the given opacity (0-255), for bands and markers. */
    static Color translucent(Paint paint, int alpha) {
        Color color = (Color) paint;
        return new Color(color.getRed(), color.getGreen(), color.getBlue(), alpha);
    }

    /** Applies the shared fonts, white background and light grid lines. */
    static JFreeChart apply(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.getTitle().setFont(TITLE_FONT);
        for (Object title : chart.getSubtitles()) {
            if (title instanceof LegendTitle legend) {
                legend.setItemFont(LEGEND_FONT);
                legend.setPosition(RectangleEdge.BOTTOM);
            } else if (title instanceof TextTitle text) {
                text.setFont(SUBTITLE_FONT);
            }
        }
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(Color.WHITE);
        if (plot instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(GRID);
            xy.setRangeGridlinePaint(GRID);
            for (int i = 0; i < xy.getDomainAxisCount(); i++) {
                styleAxis(xy.getDomainAxis(i));
            }
            for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                styleAxis(xy.getRangeAxis(i));
            }
        } else if (plot instanceof CategoryPlot category) {
            category.setRangeGridlinePaint(GRID);
            styleAxis(category.getDomainAxis());
            for (int i = 0; i < category.getRangeAxisCount(); i++) {
                styleAxis(category.getRangeAxis(i));
            }
        }
        return chart;
    }

    /** Adds a line of smaller text under the title. */
    static void addSubtitle(JFreeChart chart, String text) {
        TextTitle subtitle = new TextTitle(text, SUBTITLE_FONT);
        chart.addSubtitle(subtitle);
    }

    private static void styleAxis(Axis axis) {
        if (axis != null) {
            axis.setLabelFont(LABEL_FONT);
            axis.setTickLabelFont(TICK_FONT);
        }
    }
}
