package org.ridegrid.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ridegrid.output.ScenarioRun;
import org.ridegrid.scenario.LoadedScenario;
import org.ridegrid.scenario.ScenarioLoader;

/** Fleets that never charge on a pad get a chart of their charging power instead. */
class ChargingPowerChartTest {
    @Test
    void lentFleetShowsChargingPower(@TempDir Path temp) throws Exception {
        LoadedScenario loaded = ScenarioLoader.load(Path.of("src/test/resources/scenarios/mixed-tiny.yaml"), List.of(),
                null, 2);
        Path folder = Files.createDirectories(temp.resolve("mixed"));
        ScenarioRun.run(loaded.scenario(), loaded.effectiveYaml(), folder, false);
        RunData run = RunData.read(folder, "mixed");

        XYDataset lent = ChargingChart.build(run, "lent-cars", "charging-lent").chart().getXYPlot()
                .getDataset(ChargingChart.VEHICLE_DATASET);
        assertEquals(1, lent.getSeriesCount());
        assertEquals("mean charging power at depot or home (kW)", lent.getSeriesKey(0));
        HourOfDayProfile energy = run.hourly().profile("lent-cars", "charged_kwh");
        for (int hour = 0; hour < 24; hour++) {
            assertEquals(energy.mean()[hour], lent.getYValue(0, hour), 1e-9, "hour " + hour);
        }

        XYDataset cabs = ChargingChart.build(run, "cabs", "charging-cabs").chart().getXYPlot()
                .getDataset(ChargingChart.VEHICLE_DATASET);
        assertEquals("vehicles charging", cabs.getSeriesKey(0), "a pad fleet keeps the vehicle counts");
    }
}
