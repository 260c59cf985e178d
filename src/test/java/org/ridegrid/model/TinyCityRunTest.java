package org.ridegrid.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ridegrid.TestScenarios;
import org.ridegrid.metrics.RunCollectors;

class TinyCityRunTest {
    @Test
    void threeDaysKeepAccountingEveryHour() {
        RideGridModel model = new RideGridModel(TestScenarios.tiny(7, 3));
        RunCollectors collectors = RunCollectors.attach(model, true);
        model.runToEnd();
        assertEquals(3 * 24 + 1, collectors.accounting().checks());
        assertTrue(collectors.requests().created() > 1000, "requests " + collectors.requests().created());
        assertTrue(collectors.requests().served() > 0);
    }
}
