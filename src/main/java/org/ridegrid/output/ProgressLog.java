package org.ridegrid.output;

import org.ridegrid.model.RideGridModel;
import org.ridegrid.model.SimulationListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs one progress line per simulated day, so a long run shows it is moving. */
final class ProgressLog implements SimulationListener {
    private static final Logger LOG = LoggerFactory.getLogger(ProgressLog.class);

    private final RideGridModel model;
    private final long startNanos = System.nanoTime();

    ProgressLog(RideGridModel model) {
        this.model = model;
    }

    @Override
    public void hourStarted(int hourIndex, double time) {
        if (hourIndex > 0 && hourIndex % 24 == 0) {
            LOG.info("Day {} of {} done: {} requests so far, {} s of wall time", hourIndex / 24,
                    model.scenario().days(), model.requestsCreated(),
                    String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - startNanos) / 1e9));
        }
    }
}
