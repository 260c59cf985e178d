package org.ridegrid.city;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.ridegrid.TestScenarios;
import org.ridegrid.scenario.CitySpec;
import org.ridegrid.scenario.ZoneSpec;

class GridCityTest {
    /** Slack for travel times in seconds, for floating-point rounding only. */
    private static final double SECONDS_TOLERANCE = 1e-9;
    private static final double MILES_TOLERANCE = 1e-12;
    private static final double SPEED_TOLERANCE_MPH = 1e-12;

    /** Weekday hour whose congestion factor in {@link TestScenarios#zonedCity} is 0.6. */
    private static final int PEAK_HOUR = 8;

    @Test
    void cellNumbering() {
        GridCity city = new GridCity(TestScenarios.uniformCity(5, 3));

        assertEquals(15, city.cellCount());
        assertEquals(7, city.cell(2, 1));
        assertEquals(2, city.x(7));
        assertEquals(1, city.y(7));
        assertEquals(14, city.cell(4, 2));
    }

    @Test
    void cellCoordinatesRoundTrip() {
        GridCity city = new GridCity(TestScenarios.uniformCity(5, 3));

        for (int cell = 0; cell < city.cellCount(); cell++) {
            assertEquals(cell, city.cell(city.x(cell), city.y(cell)), "cell " + cell);
        }
    }

    @Test
    void containsOnlyGridCoordinates() {
        GridCity city = new GridCity(TestScenarios.uniformCity(5, 3));

        assertTrue(city.contains(0, 0));
        assertTrue(city.contains(4, 2));
        assertFalse(city.contains(5, 0));
        assertFalse(city.contains(0, 3));
        assertFalse(city.contains(-1, 1));
    }

    @Test
    void manhattanMiles() {
        GridCity city = new GridCity(TestScenarios.uniformCity(8, 6));
        int from = city.cell(1, 4);
        int to = city.cell(6, 1);

        assertEquals(8, city.manhattanCells(from, to));
        assertEquals(2.0, city.miles(from, to), MILES_TOLERANCE);
        assertEquals(2.0, city.miles(to, from), MILES_TOLERANCE);
        assertEquals(0.0, city.miles(from, from), MILES_TOLERANCE);
    }

    @Test
    void zonesByRadius() {
        // 20 x 20 cells of 0.25 miles: the centre is at (10, 10) in cell units.
        GridCity city = new GridCity(TestScenarios.zonedCity(20, 20));

        assertEquals(0, city.zoneOf(city.cell(10, 10)), "cell next to the centre");
        assertEquals(0, city.zoneOf(city.cell(9, 9)), "cell next to the centre");
        // Cell centre (10.5, 3.5) is 1.63 miles from the centre, inside the 2-mile inner zone.
        assertEquals(1, city.zoneOf(city.cell(10, 3)), "cell 1.63 miles out");
        assertEquals(2, city.zoneOf(city.cell(0, 0)), "corner cell");
        assertEquals(2, city.zoneOf(city.cell(19, 19)), "corner cell");
    }

    @Test
    void zoneRadiusInclusive() {
        // Four cells of 1 mile in a row: cells 0 and 3 have their centres exactly 1.5 miles out.
        CitySpec spec = new CitySpec(4, 1, 1.0, List.of(
                new ZoneSpec("core", 1.5, 1, 1, 1, 10),
                new ZoneSpec("rest", Double.POSITIVE_INFINITY, 1, 1, 1, 20)),
                TestScenarios.flat(1), TestScenarios.flat(1));
        GridCity city = new GridCity(spec);

        assertEquals(0, city.zoneOf(0));
        assertEquals(0, city.zoneOf(3));
    }

    @Test
    void travelWithinOneZone() {
        GridCity city = new GridCity(TestScenarios.zonedCity(20, 20));
        int from = city.cell(10, 10);
        int to = city.cell(11, 10);

        // 0.25 miles at the core's 12 mph, no congestion at midnight.
        assertEquals(75.0, city.travelSeconds(from, to, 0, false), SECONDS_TOLERANCE);
    }

    @Test
    void travelAcrossZonesWeekdayPeak() {
        GridCity city = new GridCity(TestScenarios.zonedCity(20, 20));
        int core = city.cell(10, 10);
        int corner = city.cell(0, 0);

        // 20 cells are 5 miles. The harmonic mean of 12 and 30 mph is 120/7 mph, times 0.6 at 08:00 on weekdays.
        assertEquals(120.0 / 7.0 * 0.6, city.speedMph(core, corner, PEAK_HOUR, false), SPEED_TOLERANCE_MPH);
        assertEquals(1750.0, city.travelSeconds(core, corner, PEAK_HOUR, false), SECONDS_TOLERANCE);
        assertEquals(1750.0, city.travelSeconds(corner, core, PEAK_HOUR, false), SECONDS_TOLERANCE);
    }

    @Test
    void travelAcrossZonesWeekend() {
        GridCity city = new GridCity(TestScenarios.zonedCity(20, 20));
        int core = city.cell(10, 10);
        int corner = city.cell(0, 0);

        // The weekend congestion profile is flat at 1: 5 miles at 120/7 mph.
        assertEquals(1050.0, city.travelSeconds(core, corner, PEAK_HOUR, true), SECONDS_TOLERANCE);
    }

    @Test
    void travelWeekdayOffPeak() {
        GridCity city = new GridCity(TestScenarios.zonedCity(20, 20));

        assertEquals(1050.0, city.travelSeconds(city.cell(10, 10), city.cell(0, 0), 0, false), SECONDS_TOLERANCE);
    }

    @Test
    void travelSameCellZero() {
        GridCity city = new GridCity(TestScenarios.zonedCity(20, 20));
        int cell = city.cell(4, 7);

        assertEquals(0.0, city.travelSeconds(cell, cell, PEAK_HOUR, false));
        assertEquals(0.0, city.travelSeconds(cell, cell, 3, true));
    }

    @Test
    void maxSpeedIncludesCongestion() {
        GridCity city = new GridCity(TestScenarios.zonedCity(20, 20));

        assertEquals(30.0 * 0.6, city.maxSpeedMph(PEAK_HOUR, false), SPEED_TOLERANCE_MPH);
        assertEquals(30.0, city.maxSpeedMph(PEAK_HOUR, true), SPEED_TOLERANCE_MPH);
    }

    @Test
    void ringCellsMatchBruteForce() {
        for (int[] size : new int[][] {{7, 5}, {1, 6}, {6, 1}, {4, 4}}) {
            GridCity city = new GridCity(TestScenarios.uniformCity(size[0], size[1]));
            int[] centres = {0, city.cell(size[0] - 1, 0), city.cell(0, size[1] - 1), city.cellCount() - 1,
                    city.cell(size[0] / 2, size[1] / 2)};
            for (int centre : centres) {
                for (int radius = 0; radius <= city.maxRadiusFrom(centre) + 2; radius++) {
                    int[] ring = new int[Math.max(1, 4 * radius)];
                    int count = city.ringCells(centre, radius, ring);
                    int[] actual = Arrays.copyOf(ring, count);
                    Arrays.sort(actual);

                    assertArrayEquals(cellsAtDistance(city, centre, radius), actual,
                            size[0] + "x" + size[1] + " grid, centre " + centre + ", radius " + radius);
                }
            }
        }
    }

    @Test
    void maxRadiusMatchesBruteForce() {
        GridCity city = new GridCity(TestScenarios.uniformCity(7, 5));

        assertEquals(10, city.maxRadiusFrom(city.cell(0, 0)));
        assertEquals(10, city.maxRadiusFrom(city.cell(6, 4)));
        assertEquals(5, city.maxRadiusFrom(city.cell(3, 2)));
        for (int cell = 0; cell < city.cellCount(); cell++) {
            int farthest = 0;
            for (int other = 0; other < city.cellCount(); other++) {
                farthest = Math.max(farthest, city.manhattanCells(cell, other));
            }
            assertEquals(farthest, city.maxRadiusFrom(cell), "cell " + cell);
        }
    }

    private static int[] cellsAtDistance(GridCity city, int centre, int radius) {
        return IntStream.range(0, city.cellCount())
                .filter(cell -> city.manhattanCells(centre, cell) == radius)
                .toArray();
    }
}
