package org.ridegrid.city;

import java.util.List;

import org.ridegrid.scenario.CitySpec;
import org.ridegrid.scenario.HourProfile;
import org.ridegrid.scenario.ZoneSpec;

/**
 * The grid city: cells numbered {@code y * width + x}, each in one zone, with travel on the grid.
 *
 * <p>Travel between two cells covers their Manhattan distance. Its speed is the harmonic mean of the
 * two end cells' zone speeds (half the distance driven at each), times the congestion factor of the
 * hour of departure. This keeps a travel time an O(1) computation, which dispatch needs.
 */
public final class GridCity {
    private final int width;
    private final int height;
    private final double cellMiles;
    private final List<ZoneSpec> zones;
    private final byte[] zoneOfCell;
    private final double[] zoneSpeedMph;
    private final double maxZoneSpeedMph;
    private final HourProfile weekdayCongestion;
    private final HourProfile weekendCongestion;
    private final double minCongestion;

    public GridCity(CitySpec spec) {
        if (spec.zones().size() > Byte.MAX_VALUE) {
            throw new IllegalArgumentException("at most 127 zones are supported, got " + spec.zones().size());
        }
        this.width = spec.widthCells();
        this.height = spec.heightCells();
        this.cellMiles = spec.cellMiles();
        this.zones = spec.zones();
        this.weekdayCongestion = spec.weekdayCongestion();
        this.weekendCongestion = spec.weekendCongestion();
        this.zoneOfCell = new byte[width * height];
        this.zoneSpeedMph = new double[zones.size()];
        double maxSpeed = 0;
        for (int z = 0; z < zones.size(); z++) {
            zoneSpeedMph[z] = zones.get(z).speedMph();
            maxSpeed = Math.max(maxSpeed, zoneSpeedMph[z]);
        }
        this.maxZoneSpeedMph = maxSpeed;
        double lowest = Double.POSITIVE_INFINITY;
        for (int hour = 0; hour < HourProfile.HOURS; hour++) {
            lowest = Math.min(lowest, Math.min(weekdayCongestion.get(hour), weekendCongestion.get(hour)));
        }
        this.minCongestion = lowest;
        assignZones();
    }

    private void assignZones() {
        double centreX = width / 2.0;
        double centreY = height / 2.0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double dx = (x + 0.5 - centreX) * cellMiles;
                double dy = (y + 0.5 - centreY) * cellMiles;
                double distance = Math.sqrt(dx * dx + dy * dy);
                int zone = zones.size() - 1;
                for (int z = 0; z < zones.size(); z++) {
                    if (distance <= zones.get(z).radiusMiles()) {
                        zone = z;
                        break;
                    }
                }
                zoneOfCell[y * width + x] = (byte) zone;
            }
        }
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public int cellCount() {
        return width * height;
    }

    public double cellMiles() {
        return cellMiles;
    }

    public List<ZoneSpec> zones() {
        return zones;
    }

    public int cell(int x, int y) {
        return y * width + x;
    }

    public int x(int cell) {
        return cell % width;
    }

    public int y(int cell) {
        return cell / width;
    }

    public boolean contains(int x, int y) {
        return x >= 0 && y >= 0 && x < width && y < height;
    }

    public int zoneOf(int cell) {
        return zoneOfCell[cell];
    }

    public int manhattanCells(int from, int to) {
        return Math.abs(x(from) - x(to)) + Math.abs(y(from) - y(to));
    }

    public double miles(int from, int to) {
        return manhattanCells(from, to) * cellMiles;
    }

    public double congestion(int hourOfDay, boolean weekend) {
        return weekend ? weekendCongestion.get(hourOfDay) : weekdayCongestion.get(hourOfDay);
    }

    /** Returns the driving speed in mph between two cells for a departure in the given hour. */
    public double speedMph(int from, int to, int hourOfDay, boolean weekend) {
        double a = zoneSpeedMph[zoneOfCell[from]];
        double b = zoneSpeedMph[zoneOfCell[to]];
        double harmonicMean = 2.0 * a * b / (a + b);
        return harmonicMean * congestion(hourOfDay, weekend);
    }

    /** Returns the driving time in seconds between two cells for a departure in the given hour. */
    public double travelSeconds(int from, int to, int hourOfDay, boolean weekend) {
        if (from == to) {
            return 0.0;
        }
        return miles(from, to) / speedMph(from, to, hourOfDay, weekend) * SimCalendar.SECONDS_PER_HOUR;
    }

    /**
     * Returns the longest the drive between two cells can take at any hour: the travel time at the
     * most congested hour of the week. A plan that must end by a deadline uses it, because a leg's
     * time is fixed when it starts and so never exceeds this bound.
     */
    public double worstTravelSeconds(int from, int to) {
        if (from == to) {
            return 0.0;
        }
        double a = zoneSpeedMph[zoneOfCell[from]];
        double b = zoneSpeedMph[zoneOfCell[to]];
        return miles(from, to) / (2.0 * a * b / (a + b) * minCongestion) * SimCalendar.SECONDS_PER_HOUR;
    }

    /** Returns the driving time in seconds for miles beyond the grid edge, at the outermost zone's speed. */
    public double outsideSeconds(double miles, int hourOfDay, boolean weekend) {
        return miles / (zoneSpeedMph[zones.size() - 1] * congestion(hourOfDay, weekend)) * SimCalendar.SECONDS_PER_HOUR;
    }

    /** Returns the longest {@link #outsideSeconds} can be at any hour. */
    public double worstOutsideSeconds(double miles) {
        return miles / (zoneSpeedMph[zones.size() - 1] * minCongestion) * SimCalendar.SECONDS_PER_HOUR;
    }

    /** Returns the straight-line distance in miles between two cell centres. */
    public double euclideanMiles(int from, int to) {
        double dx = (x(from) - x(to)) * cellMiles;
        double dy = (y(from) - y(to)) * cellMiles;
        return Math.sqrt(dx * dx + dy * dy);
    }

    /** Returns the fastest speed anywhere in the city in the given hour: a bound for searches. */
    public double maxSpeedMph(int hourOfDay, boolean weekend) {
        return maxZoneSpeedMph * congestion(hourOfDay, weekend);
    }

    /**
     * Writes the cells at exactly {@code radius} grid steps from {@code centre} that lie inside the grid
     * into {@code out}, and returns how many there are. {@code out} needs room for {@code max(1, 4 * radius)}.
     */
    public int ringCells(int centre, int radius, int[] out) {
        int cx = x(centre);
        int cy = y(centre);
        if (radius == 0) {
            out[0] = centre;
            return 1;
        }
        int count = 0;
        for (int dx = -radius; dx <= radius; dx++) {
            int px = cx + dx;
            if (px < 0 || px >= width) {
                continue;
            }
            int dy = radius - Math.abs(dx);
            if (cy + dy < height) {
                out[count++] = (cy + dy) * width + px;
            }
            if (dy != 0 && cy - dy >= 0) {
                out[count++] = (cy - dy) * width + px;
            }
        }
        return count;
    }

    /** Returns the largest grid distance from a cell to any cell of the grid. */
    public int maxRadiusFrom(int cell) {
        int cx = x(cell);
        int cy = y(cell);
        return Math.max(cx, width - 1 - cx) + Math.max(cy, height - 1 - cy);
    }
}
