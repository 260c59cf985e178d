package org.ridegrid.cli;

import java.util.concurrent.Callable;

import org.ridegrid.scenario.LoadedScenario;
import org.ridegrid.scenario.Scenario;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Checks a scenario file without running it. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks a scenario file and its overrides without running it. Exit code 0 when valid, 2 when not.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    ScenarioOptions scenarioOptions;

    @Option(names = "--print", description = "Prints the effective scenario (every default filled in) to standard output.")
    boolean print;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        LoadedScenario loaded = scenarioOptions.load();
        if (print) {
            spec.commandLine().getOut().print(loaded.effectiveYaml());
        }
        Scenario scenario = loaded.scenario();
        int vehicles = scenario.fleets().stream().mapToInt(f -> f.vehicles()).sum();
        spec.commandLine().getErr().printf("%s is valid: scenario %s, %d days, %d fleet(s) with %d vehicles.%n",
                scenarioOptions.scenarioFile, scenario.name(), scenario.days(), scenario.fleets().size(), vehicles);
        return 0;
    }
}
