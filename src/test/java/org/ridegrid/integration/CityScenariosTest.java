package org.ridegrid.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ridegrid.metrics.RunCollectors;
import org.ridegrid.model.RideGridModel;
import org.ridegrid.scenario.LoadedScenario;
import org.ridegrid.scenario.ScenarioLoader;

/**
 * Every scenario shipped in cities/ and the test scenarios load, and one simulated day of each keeps
 * the accounting identities at every hour.
 */
class CityScenariosTest {
    static Stream<Path> scenarios() throws IOException {
        try (Stream<Path> cities = Files.list(Path.of("cities"));
                Stream<Path> tests = Files.list(Path.of("src/test/resources/scenarios"))) {
            return Stream.concat(cities.toList().stream(), tests.toList().stream())
                    .filter(p -> p.toString().endsWith(".yaml")).sorted();
        }
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void oneDayKeepsAccounting(Path file) throws Exception {
        LoadedScenario loaded = ScenarioLoader.load(file, List.of(), null, 1);
        RideGridModel model = new RideGridModel(loaded.scenario());
        RunCollectors collectors = RunCollectors.attach(model, true);
        model.runToEnd();
        assertNotNull(collectors.accounting());
        assertEquals(25, collectors.accounting().checks(), "24 hour starts and the end");
        assertTrue(collectors.requests().served() > 0, file + " served nobody");
    }
}
