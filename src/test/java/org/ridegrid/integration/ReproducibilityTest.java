package org.ridegrid.integration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ridegrid.output.ScenarioRun;
import org.ridegrid.scenario.LoadedScenario;
import org.ridegrid.scenario.ScenarioException;
import org.ridegrid.scenario.ScenarioLoader;

class ReproducibilityTest {
    private static final List<String> FILES = List.of(ScenarioRun.SCENARIO_FILE, ScenarioRun.SUMMARY_FILE,
            ScenarioRun.HOURLY_FILE, ScenarioRun.TRIPS_FILE, ScenarioRun.VEHICLES_FILE, ScenarioRun.PADS_FILE);

    private static Path run(Path folder, long seed) throws IOException, ScenarioException {
        LoadedScenario loaded = ScenarioLoader.load(Path.of("src/test/resources/scenarios/tiny.yaml"), List.of(), seed, 3);
        Files.createDirectories(folder);
        ScenarioRun.run(loaded.scenario(), loaded.effectiveYaml(), folder, true);
        return folder;
    }

    @Test
    void sameSeedGivesIdenticalFiles(@TempDir Path temp) throws Exception {
        Path first = run(temp.resolve("a"), 11);
        Path second = run(temp.resolve("b"), 11);
        for (String file : FILES) {
            assertArrayEquals(Files.readAllBytes(first.resolve(file)), Files.readAllBytes(second.resolve(file)), file);
        }
    }

    @Test
    void otherSeedGivesOtherResults(@TempDir Path temp) throws Exception {
        Path first = run(temp.resolve("a"), 11);
        Path second = run(temp.resolve("b"), 12);
        for (String file : List.of(ScenarioRun.SUMMARY_FILE, ScenarioRun.TRIPS_FILE, ScenarioRun.HOURLY_FILE)) {
            assertFalse(Arrays.equals(Files.readAllBytes(first.resolve(file)), Files.readAllBytes(second.resolve(file))),
                    file + " should differ between seeds 11 and 12");
        }
    }

    @Test
    void effectiveScenarioReproducesRun(@TempDir Path temp) throws Exception {
        Path first = run(temp.resolve("a"), 5);
        LoadedScenario reloaded = ScenarioLoader.load(first.resolve(ScenarioRun.SCENARIO_FILE), List.of(), null, null);
        Path second = temp.resolve("b");
        Files.createDirectories(second);
        ScenarioRun.run(reloaded.scenario(), reloaded.effectiveYaml(), second, true);
        for (String file : FILES) {
            assertArrayEquals(Files.readAllBytes(first.resolve(file)), Files.readAllBytes(second.resolve(file)), file);
        }
    }
}
