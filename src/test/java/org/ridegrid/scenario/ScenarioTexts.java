package org.ridegrid.scenario;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

/** Scenario texts and helpers shared by the loader tests. */
final class ScenarioTexts {
    static final String SOURCE = "test.yaml";

    /** The smallest valid scenario: lines 1 to 5, so added lines start at line 6. */
    static final String MINIMAL = """
            name: demo
            fleets:
              - name: cabs
                kind: cybercab
                vehicles: 10
            """;

    private ScenarioTexts() {
    }

    static LoadedScenario load(String yaml, String... overrides) throws ScenarioException {
        return ScenarioLoader.parse(yaml, SOURCE, List.of(overrides));
    }

    /** Loads MINIMAL followed by {@code extra} lines. */
    static LoadedScenario loadWith(String extra, String... overrides) throws ScenarioException {
        return load(MINIMAL + extra, overrides);
    }

    static ScenarioException failure(String yaml, String... overrides) {
        return assertThrows(ScenarioException.class, () -> load(yaml, overrides));
    }

    static ScenarioException failureWith(String extra, String... overrides) {
        return failure(MINIMAL + extra, overrides);
    }
}
