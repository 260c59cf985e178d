package org.ridegrid.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.TableXYDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ridegrid.model.VehicleState;
import org.ridegrid.output.ScenarioRun;

/** The plotted series equal numbers computed in the test from hourly.csv and summary.json. */
class ChartDataTest {
    private static final double TOLERANCE = 1e-9;

    @TempDir
    static Path temp;
    static RunData run;
    static List<String[]> rows;

    @BeforeAll
    static void makeRun() throws Exception {
        Path folder = TinyRuns.run(temp.resolve("tiny"), 2);
        run = RunData.read(folder, "tiny");
        rows = TinyRuns.hourlyRows(folder);
    }

    /** Returns, for each hour of day, {mean, min, max} of a column over the rows of {@code fleet}; NaN when none. */
    private static double[][] expected(String fleet, String column) {
        List<String> header = Arrays.asList(rows.get(0));
        int fleetIndex = header.indexOf("fleet");
        int hourIndex = header.indexOf("hour_of_day");
        int valueIndex = header.indexOf(column);
        double[][] result = new double[24][];
        for (int hour = 0; hour < 24; hour++) {
            double sum = 0;
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            int count = 0;
            for (String[] row : rows.subList(1, rows.size())) {
                if (row[fleetIndex].equals(fleet) && Integer.parseInt(row[hourIndex]) == hour && !row[valueIndex].isEmpty()) {
                    double value = Double.parseDouble(row[valueIndex]);
                    sum += value;
                    min = Math.min(min, value);
                    max = Math.max(max, value);
                    count++;
                }
            }
            result[hour] = count == 0 ? new double[] {Double.NaN, Double.NaN, Double.NaN}
                    : new double[] {sum / count, min, max};
        }
        return result;
    }

    @Test
    void fleetStateStackEqualsHourlyMeans() throws Exception {
        XYPlot plot = FleetStateChart.build(run, "cabs", "state").chart().getXYPlot();
        TableXYDataset stack = (TableXYDataset) plot.getDataset(FleetStateChart.STACK_DATASET);
        int checked = 0;
        for (int series = 0; series < stack.getSeriesCount(); series++) {
            VehicleState state = stateWithLabel(stack.getSeriesKey(series).toString());
            double[][] expected = expected("cabs", HourlyTable.stateColumn(state));
            assertEquals(24, stack.getItemCount(series), state + " points");
            for (int hour = 0; hour < 24; hour++) {
                assertEquals(hour + 0.5, stack.getXValue(series, hour), TOLERANCE, "x of hour " + hour);
                assertEquals(expected[hour][0], stack.getYValue(series, hour), TOLERANCE, state + " at hour " + hour);
                checked++;
            }
        }
        assertTrue(stack.getSeriesCount() >= 3, "occupied, to pickup and idle at least");
        assertTrue(checked > 0);
    }

    @Test
    void busyBandEqualsHourlyMinAndMax() throws Exception {
        XYPlot plot = FleetStateChart.build(run, "cabs", "state").chart().getXYPlot();
        YIntervalSeriesCollection band = (YIntervalSeriesCollection) plot.getDataset(FleetStateChart.SPREAD_DATASET);
        double[][] idle = expected("cabs", "vehicles_idle");
        for (int hour = 0; hour < 24; hour++) {
            // The fleet has no off-duty time, so the vehicles not idle are the fleet size minus the idle.
            assertEquals(5 - idle[hour][0], band.getYValue(0, hour), 1e-3, "mean at hour " + hour);
        }
        double[][] occupied = expected("cabs", "vehicles_occupied");
        for (int hour = 0; hour < 24; hour++) {
            assertTrue(band.getStartYValue(0, hour) >= occupied[hour][1] - 1e-3, "band low at hour " + hour);
            assertTrue(band.getStartYValue(0, hour) <= band.getEndYValue(0, hour), "band order at hour " + hour);
        }
    }

    @Test
    void waitLinesEqualHourlyPercentiles() throws Exception {
        XYPlot plot = WaitChart.build(run).chart().getXYPlot();
        YIntervalSeriesCollection waits = (YIntervalSeriesCollection) plot.getDataset(WaitChart.WAIT_DATASET);
        for (int series = 0; series < WaitChart.WAIT_COLUMNS.length; series++) {
            double[][] expected = expected("all", WaitChart.WAIT_COLUMNS[series]);
            int item = 0;
            for (int hour = 0; hour < 24; hour++) {
                if (Double.isNaN(expected[hour][0])) {
                    continue;
                }
                String where = WaitChart.WAIT_COLUMNS[series] + " at hour " + hour;
                assertEquals(hour + 0.5, waits.getXValue(series, item), TOLERANCE, where + " x");
                assertEquals(expected[hour][0], waits.getYValue(series, item), TOLERANCE, where + " mean");
                assertEquals(expected[hour][1], waits.getStartYValue(series, item), TOLERANCE, where + " min");
                assertEquals(expected[hour][2], waits.getEndYValue(series, item), TOLERANCE, where + " max");
                item++;
            }
            assertEquals(item, waits.getItemCount(series), WaitChart.WAIT_COLUMNS[series] + " points");
        }
    }

    @Test
    void abandonedBarsEqualHourlyMeans() throws Exception {
        XYDataset bars = WaitChart.build(run).chart().getXYPlot().getDataset(WaitChart.ABANDONED_DATASET);
        double[][] expected = expected("all", "abandoned");
        for (int hour = 0; hour < 24; hour++) {
            assertEquals(expected[hour][0], bars.getYValue(0, hour), TOLERANCE, "abandoned at hour " + hour);
        }
    }

    @Test
    void abandonedAxisCoversBars() throws Exception {
        Path folder = TinyRuns.run(temp.resolve("short-fleet"), 1, "--set", "fleets[0].vehicles=1",
                "--set", "demand.requests_per_day=600");
        RunData shortFleet = RunData.read(folder, "short");
        XYPlot plot = WaitChart.build(shortFleet).chart().getXYPlot();
        XYDataset bars = plot.getDataset(WaitChart.ABANDONED_DATASET);
        double highest = 0;
        for (int hour = 0; hour < 24; hour++) {
            highest = Math.max(highest, bars.getYValue(0, hour));
        }
        assertTrue(highest > 1, "the short fleet abandons riders: " + highest);
        assertTrue(plot.getRangeAxis(1).getUpperBound() >= highest, "abandoned axis reaches the highest bar");
        assertEquals(0, plot.getRangeAxis(1).getLowerBound(), TOLERANCE, "abandoned axis starts at zero");
    }

    @Test
    void chargingLinesEqualHourlyMeans() throws Exception {
        XYPlot plot = ChargingChart.build(run, "cabs", "charging").chart().getXYPlot();
        YIntervalSeriesCollection vehicles = (YIntervalSeriesCollection) plot.getDataset(ChargingChart.VEHICLE_DATASET);
        YIntervalSeriesCollection soc = (YIntervalSeriesCollection) plot.getDataset(ChargingChart.SOC_DATASET);
        double[][] charging = expected("cabs", "vehicles_charging");
        double[][] queued = expected("cabs", "vehicles_queued_for_charger");
        double[][] socShare = expected("cabs", "mean_soc_share");
        for (int hour = 0; hour < 24; hour++) {
            assertEquals(charging[hour][0], vehicles.getYValue(0, hour), TOLERANCE, "charging at hour " + hour);
            assertEquals(queued[hour][0], vehicles.getYValue(1, hour), TOLERANCE, "queued at hour " + hour);
            assertEquals(100 * socShare[hour][0], soc.getYValue(0, hour), 1e-7, "SOC % at hour " + hour);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void emptyMilesEqualSummary() throws Exception {
        CategoryPlot plot = EmptyMilesChart.build(run).chart().getCategoryPlot();
        CategoryDataset dataset = plot.getDataset();
        Map<String, Object> summary = ScenarioRun.readSummary(run.folder());
        Map<String, Object> fleet = ((List<Map<String, Object>>) summary.get("fleets")).get(0);
        Map<String, Object> miles = (Map<String, Object>) fleet.get("miles");
        Map<String, Object> byReason = (Map<String, Object>) miles.get("empty_by_reason");
        assertEquals(((Number) miles.get("occupied")).doubleValue(),
                dataset.getValue(EmptyMilesChart.OCCUPIED, "cabs: occupied").doubleValue(), TOLERANCE, "occupied");
        assertEquals(((Number) byReason.get("pickup")).doubleValue(),
                dataset.getValue("empty: pickup", "cabs: empty").doubleValue(), TOLERANCE, "pickup");
        double stacked = 0;
        for (int row = 0; row < dataset.getRowCount(); row++) {
            Number value = dataset.getValue(row, dataset.getColumnIndex("cabs: empty"));
            stacked += value == null ? 0 : value.doubleValue();
        }
        assertEquals(((Number) miles.get("empty")).doubleValue(), stacked, 1e-3, "empty bar height");
    }

    private static VehicleState stateWithLabel(String label) {
        for (VehicleState state : VehicleState.values()) {
            if (state.label().equals(label)) {
                return state;
            }
        }
        throw new AssertionError("no state labelled " + label);
    }
}
