package org.ridegrid.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ridegrid.TestScenarios;
import org.ridegrid.demand.DemandRecord;
import org.ridegrid.demand.DemandSource;
import org.ridegrid.demand.Request;
import org.ridegrid.metrics.RunCollectors;

class DemandSourceTest {
    /** Returns the listed records and notes the model's clock at every pull. */
    private static final class ListSource implements DemandSource {
        private final Iterator<DemandRecord> records;
        private final List<Double> clockAtPull = new ArrayList<>();
        private RideGridModel model;

        ListSource(DemandRecord... records) {
            this.records = List.of(records).iterator();
        }

        @Override
        public DemandRecord next() {
            clockAtPull.add(model.schedule.getTime());
            return records.hasNext() ? records.next() : null;
        }
    }

    private static RideGridModel modelWith(ListSource source) {
        RideGridModel model = new RideGridModel(TestScenarios.tiny(3, 1));
        source.model = model;
        model.setDemandSource(source);
        return model;
    }

    @Test
    void recordsBecomeRequests() {
        ListSource source = new ListSource(
                new DemandRecord(60, 0, 5),
                new DemandRecord(60, 7, 7),
                new DemandRecord(3600.5, 12, 3),
                new DemandRecord(90_000, 1, 2));
        RideGridModel model = modelWith(source);
        List<Request> created = new ArrayList<>();
        model.addListener(new SimulationListener() {
            @Override
            public void requestCreated(Request request) {
                created.add(request);
            }
        });
        RunCollectors collectors = RunCollectors.attach(model, true);
        model.runToEnd();

        assertEquals(3, created.size(), "the record after the one-day horizon makes no request");
        assertEquals(60.0, created.get(1).requestTime());
        assertEquals(7, created.get(1).origin());
        assertEquals(3600.5, created.get(2).requestTime());
        assertEquals(12, created.get(2).origin());
        assertEquals(3, created.get(2).destination());
        assertEquals(1, collectors.requests().rejected(), "the same-cell record is rejected");
        assertEquals(3, collectors.requests().created());
    }

    @Test
    void recordsPulledAsScheduleReachesThem() {
        ListSource source = new ListSource(
                new DemandRecord(100, 0, 5),
                new DemandRecord(100, 1, 5),
                new DemandRecord(500, 2, 5));
        modelWith(source).runToEnd();
        // The first pull happens at the start, before time 0. The second and third come while the
        // arrival at 100 creates its requests, and the last when the schedule reaches 500.
        assertEquals(4, source.clockAtPull.size());
        assertTrue(source.clockAtPull.get(0) < 0, "first pull at start: " + source.clockAtPull.get(0));
        assertEquals(List.of(100.0, 100.0, 500.0), source.clockAtPull.subList(1, 4));
    }

    @Test
    void recordsOutOfOrderStopRun() {
        ListSource source = new ListSource(new DemandRecord(200, 0, 5), new DemandRecord(100, 1, 5));
        RideGridModel model = modelWith(source);
        IllegalStateException error = assertThrows(IllegalStateException.class, model::runToEnd);
        assertTrue(error.getMessage().contains("at 100.0 s after one at 200.0 s"), error.getMessage());
    }

    @Test
    void cellOutsideGridStopsRun() {
        int cells = TestScenarios.tiny(3, 1).city().widthCells() * TestScenarios.tiny(3, 1).city().heightCells();
        ListSource source = new ListSource(new DemandRecord(10, 0, cells));
        RideGridModel model = modelWith(source);
        assertThrows(IllegalStateException.class, model::runToEnd);
    }
}
