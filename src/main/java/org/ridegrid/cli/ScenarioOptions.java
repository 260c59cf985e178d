package org.ridegrid.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.ridegrid.scenario.LoadedScenario;
import org.ridegrid.scenario.ScenarioException;
import org.ridegrid.scenario.ScenarioLoader;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options that choose and adjust a scenario, shared by the commands that load one. */
final class ScenarioOptions {
    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (YAML), for example cities/austin.yaml.")
    Path scenarioFile;

    @Option(names = "--seed", paramLabel = "N",
            description = "Random seed (integer >= 0). Default: the scenario's `seed` key, 1 when absent.")
    Long seed;

    @Option(names = "--days", paramLabel = "D",
            description = "Simulated days (1 to 3650). Default: the scenario's `days` key, 7 when absent.")
    Integer days;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = {"Overrides one scenario key. Repeatable; applied in order. Keys and units: docs/scenarios.md.",
                "Example: --set demand.requests_per_day=5000",
                "Example: --set 'fleets[0].vehicles=300' (quoted for shells that expand brackets)"})
    List<String> overrides = new ArrayList<>();

    LoadedScenario load() throws ScenarioException {
        return ScenarioLoader.load(scenarioFile, overrides, seed, days);
    }
}
