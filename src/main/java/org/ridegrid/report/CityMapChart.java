package org.ridegrid.report;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;
import org.ridegrid.output.Numbers;

/** A heat map of counts per cell of the grid city: one square per cell, coloured by its count. */
final class CityMapChart {
    private static final int LEGEND_AND_AXES_WIDTH = 260;
    private static final int PLOT_HEIGHT = 600;

    private CityMapChart() {
    }

    /**
     * Builds the map; {@code countLabel} names what a cell counts and is the legend axis label.
     */
    static ReportChart build(String fileStem, String title, String subtitle, String countLabel, GridCounts grid,
            double cellMiles, String caption) {
        int cells = grid.width() * grid.height();
        double[] xs = new double[cells];
        double[] ys = new double[cells];
        double[] zs = new double[cells];
        int i = 0;
        for (int x = 0; x < grid.width(); x++) {
            for (int y = 0; y < grid.height(); y++) {
                xs[i] = x;
                ys[i] = y;
                zs[i] = grid.counts()[x][y];
                i++;
            }
        }
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        dataset.addSeries(countLabel, new double[][] {xs, ys, zs});
        HeatPaintScale scale = new HeatPaintScale(grid.max());
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(scale);
        String cellText = "cell of " + Numbers.format(cellMiles, 3) + " miles";
        NumberAxis xAxis = new NumberAxis("x (" + cellText + ")");
        xAxis.setRange(-0.5, grid.width() - 0.5);
        xAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        NumberAxis yAxis = new NumberAxis("y (" + cellText + ")");
        yAxis.setRange(-0.5, grid.height() - 0.5);
        yAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYPlot plot = new XYPlot(dataset, xAxis, yAxis, renderer);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);

        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        ChartStyle.addSubtitle(chart, subtitle);
        NumberAxis legendAxis = new NumberAxis(countLabel);
        legendAxis.setRange(0, scale.getUpperBound());
        legendAxis.setLabelFont(ChartStyle.LABEL_FONT);
        legendAxis.setTickLabelFont(ChartStyle.TICK_FONT);
        PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setStripWidth(24);
        legend.setMargin(new RectangleInsets(20, 20, 20, 20));
        chart.addSubtitle(legend);
        ChartStyle.apply(chart);
        chart.setPadding(squareCellPadding(grid));
        return new ReportChart(fileStem, chart, caption);
    }

    /** Returns chart padding that makes the cells about square in a 1200 x 800 image. */
    private static RectangleInsets squareCellPadding(GridCounts grid) {
        double plotWidth = PLOT_HEIGHT * (double) grid.width() / grid.height();
        double free = ChartStyle.WIDTH - LEGEND_AND_AXES_WIDTH - plotWidth;
        double side = Math.max(0, free / 2);
        return new RectangleInsets(4, side, 4, side);
    }
}
