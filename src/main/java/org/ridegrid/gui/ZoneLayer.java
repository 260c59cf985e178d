package org.ridegrid.gui;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;

import org.ridegrid.city.GridCity;

import sim.field.grid.IntGrid2D;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.grid.FastValueGridPortrayal2D;
import sim.util.Bag;
import sim.util.gui.SimpleColorMap;

/** Shades every cell by its zone and draws the cell grid when cells are large enough to see it. */
final class ZoneLayer extends FastValueGridPortrayal2D {
    private static final long serialVersionUID = 1L;
    /** Smallest cell, in pixels, that gets grid lines. */
    private static final double MIN_PIXELS_FOR_LINES = 6.0;

    ZoneLayer() {
        super("Zone", true);
    }

    /** Shows {@code city}'s zones: builds the zone grid and the colour of each zone. */
    void show(GridCity city) {
        IntGrid2D zones = new IntGrid2D(city.width(), city.height());
        for (int cell = 0; cell < city.cellCount(); cell++) {
            zones.field[city.x(cell)][city.y(cell)] = city.zoneOf(cell);
        }
        Color[] shades = new Color[city.zones().size()];
        for (int z = 0; z < shades.length; z++) {
            shades[z] = ViewColors.zoneShade(z, shades.length);
        }
        setMap(new SimpleColorMap(shades));
        setField(zones);
    }

    @Override
    public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
        IntGrid2D grid = (IntGrid2D) getField();
        if (grid == null) {
            return;
        }
        super.draw(object, graphics, info);
        double cellWidth = info.draw.width / grid.getWidth();
        double cellHeight = info.draw.height / grid.getHeight();
        if (Math.min(cellWidth, cellHeight) < MIN_PIXELS_FOR_LINES) {
            return;
        }
        graphics.setPaint(ViewColors.GRID_LINE);
        Line2D.Double line = new Line2D.Double();
        for (int x = 0; x <= grid.getWidth(); x++) {
            double px = info.draw.x + x * cellWidth;
            line.setLine(px, info.draw.y, px, info.draw.y + info.draw.height);
            graphics.draw(line);
        }
        for (int y = 0; y <= grid.getHeight(); y++) {
            double py = info.draw.y + y * cellHeight;
            line.setLine(info.draw.x, py, info.draw.x + info.draw.width, py);
            graphics.draw(line);
        }
    }

    /** Zones are not inspected: clicking a vehicle should not open a tab for the cell under it. */
    @Override
    public void hitObjects(DrawInfo2D range, Bag putInHere) {
    }
}
