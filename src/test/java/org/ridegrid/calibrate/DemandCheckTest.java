package org.ridegrid.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ridegrid.scenario.Scenario;
import org.ridegrid.scenario.ScenarioException;
import org.ridegrid.scenario.ScenarioLoader;

class DemandCheckTest {
    private static Scenario austin() throws ScenarioException {
        return ScenarioLoader.load(Path.of("cities/austin.yaml"), List.of(), null, null).scenario();
    }

    @Test
    void austinHoursWithinPoissonTolerance() throws ScenarioException {
        // A week of about 26,500 requests a day: about 132,000 on weekdays and 62,000 on weekend days, so
        // the tolerance, 4 standard deviations of a share, is from 0.0008 to 0.004.
        DemandCheck.Result result = DemandCheck.run(austin(), 1);
        assertEquals(7, result.days());
        for (DemandCheck.DayKind days : List.of(result.weekdays(), result.weekends())) {
            assertTrue(days.requests() > 50_000, days.name() + " requests " + days.requests());
            for (int hour = 0; hour < 24; hour++) {
                assertTrue(Math.abs(days.difference(hour)) <= days.tolerance(hour),
                        days.name() + " hour " + hour + ": difference " + days.difference(hour)
                                + ", tolerance " + days.tolerance(hour));
            }
            assertTrue(days.agrees(), days.name());
        }
    }

    @Test
    void shiftedProfileDisagrees() throws ScenarioException {
        // The same draws compared with the weekday profile moved one hour later must fail the check.
        DemandCheck.DayKind weekdays = DemandCheck.run(austin(), 1).weekdays();
        double[] shifted = new double[24];
        long[] counts = new long[24];
        for (int hour = 0; hour < 24; hour++) {
            shifted[(hour + 1) % 24] = weekdays.expectedShare(hour);
            counts[hour] = Math.round(weekdays.simulatedShare(hour) * weekdays.requests());
        }
        assertFalse(new DemandCheck.DayKind("shifted", counts, shifted).agrees());
    }

    @Test
    void toleranceFollowsBinomialNoise() {
        long[] counts = new long[24];
        double[] expected = new double[24];
        java.util.Arrays.fill(counts, 100);
        java.util.Arrays.fill(expected, 1.0 / 24);
        DemandCheck.DayKind days = new DemandCheck.DayKind("flat", counts, expected);
        assertEquals(4 * Math.sqrt((1.0 / 24) * (23.0 / 24) / 2400), days.tolerance(5), 1e-15);
        assertEquals(0.0, days.difference(5), 1e-15);
        assertTrue(days.agrees());
    }
}
