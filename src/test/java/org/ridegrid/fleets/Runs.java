package org.ridegrid.fleets;

import java.util.List;

import org.ridegrid.metrics.RunCollectors;
import org.ridegrid.model.RideGridModel;
import org.ridegrid.model.SimulationListener;
import org.ridegrid.scenario.Scenario;
import org.ridegrid.scenario.ScenarioException;
import org.ridegrid.scenario.ScenarioLoader;

/** Runs scenarios written inline as YAML, with the accounting check on. */
final class Runs {
    private Runs() {
    }

    /** A finished run: the model and its collectors. */
    record Run(RideGridModel model, RunCollectors collectors) {
    }

    static Scenario load(String yaml, String... overrides) throws ScenarioException {
        return ScenarioLoader.parse(yaml, "test.yaml", List.of(overrides)).scenario();
    }

    static Run run(Scenario scenario, SimulationListener... listeners) {
        RideGridModel model = new RideGridModel(scenario);
        RunCollectors collectors = RunCollectors.attach(model, true);
        for (SimulationListener listener : listeners) {
            model.addListener(listener);
        }
        model.runToEnd();
        return new Run(model, collectors);
    }
}
