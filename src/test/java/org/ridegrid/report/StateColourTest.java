package org.ridegrid.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.Paint;
import java.nio.file.Path;
import java.util.List;

import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ridegrid.model.VehicleState;

/** A state has the colour of VehicleState.rgb() in every chart that shows it. */
class StateColourTest {
    @Test
    void stateColourSameInEveryChart(@TempDir Path temp) throws Exception {
        RunData run = RunData.read(TinyRuns.run(temp.resolve("tiny"), 1), "tiny");
        XYPlot stack = FleetStateChart.build(run, "cabs", "state").chart().getXYPlot();
        XYPlot charging = ChargingChart.build(run, "cabs", "charging").chart().getXYPlot();
        CategoryPlot shares = ComparisonCharts.stateShares(List.of(run)).chart().getCategoryPlot();

        for (VehicleState state : List.of(VehicleState.OCCUPIED, VehicleState.IDLE, VehicleState.CHARGING)) {
            Color expected = new Color(state.rgb());
            int stackIndex = stack.getDataset(FleetStateChart.STACK_DATASET).indexOf(state.label());
            Paint inStack = stack.getRenderer(FleetStateChart.STACK_DATASET).getSeriesPaint(stackIndex);
            int shareIndex = shares.getDataset().getRowIndex(state.label());
            Paint inShares = shares.getRenderer().getSeriesPaint(shareIndex);
            assertEquals(expected, inStack, state + " in the fleet state chart");
            assertEquals(expected, inShares, state + " in the comparison state shares");
        }
        Paint chargingLine = charging.getRenderer(ChargingChart.VEHICLE_DATASET).getSeriesPaint(0);
        assertEquals(new Color(VehicleState.CHARGING.rgb()), chargingLine, "charging in the charging chart");
    }
}
