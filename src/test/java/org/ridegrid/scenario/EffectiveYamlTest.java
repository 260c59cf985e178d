package org.ridegrid.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ridegrid.scenario.ScenarioTexts.MINIMAL;
import static org.ridegrid.scenario.ScenarioTexts.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class EffectiveYamlTest {

    /** Loads the effective YAML of {@code first} and checks it gives an equal scenario and the same text. */
    private static void assertRoundTrip(LoadedScenario first) throws ScenarioException {
        LoadedScenario second = ScenarioLoader.parse(first.effectiveYaml(), "effective.yaml", List.of());
        assertEquals(first.scenario(), second.scenario());
        assertEquals(first.effectiveYaml(), second.effectiveYaml());
    }

    static String tinyYaml() throws IOException {
        return resource("/scenarios/tiny.yaml");
    }

    static String mixedTinyYaml() throws IOException {
        return resource("/scenarios/mixed-tiny.yaml");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = EffectiveYamlTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void defaultsRoundTrip() throws ScenarioException {
        assertRoundTrip(load(MINIMAL));
    }

    @Test
    void overridesRoundTrip() throws ScenarioException {
        assertRoundTrip(load(MINIMAL, "seed=12345", "days=30", "city.zones[3].speed_mph=41.25",
                "demand.requests_per_day=1e5", "charging.commission.per_session=0.1", "output.trips_csv=false"));
    }

    @Test
    void tinyRoundTrip() throws ScenarioException, IOException {
        assertRoundTrip(load(tinyYaml()));
    }

    @Test
    void mixedTinyRoundTrip() throws ScenarioException, IOException {
        assertRoundTrip(load(mixedTinyYaml()));
    }

    @Test
    void kindSectionsRoundTrip() throws ScenarioException {
        String yaml = """
                name: kinds
                operators:
                  - {name: robo, market_share: 2, fares: {base: 3.5, long_trip_miles: 20}, surge: {enabled: true}}
                  - {name: waymo}
                market:
                  assignment: lowest_price
                depots:
                  - {name: north, x: 3, y: 39, capacity: 50, energy_price_per_kwh: 0.08}
                fleets:
                  - {name: cabs, kind: cybercab, vehicles: 10}
                  - name: vans
                    kind: depot
                    operator: waymo
                    vehicles: 20
                    depot: {name: north, duty: {weekend: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]}}
                  - name: owners
                    kind: lent
                    vehicles: 5
                    costs: {capital_cost: 0}
                    lent: {departure_quantile_shares: [0, 1], departure_quantile_hours: [6, 9], lend_overnight: false}
                """;
        assertRoundTrip(load(yaml));
    }

    @Test
    void kindSectionsOnlyWhereUsed() throws ScenarioException, IOException {
        List<String> lines = load(mixedTinyYaml()).effectiveYaml().lines().toList();
        assertEquals(1, lines.stream().filter(line -> line.equals("    depot:")).count());
        assertEquals(1, lines.stream().filter(line -> line.equals("    lent:")).count());
        assertEquals(3, lines.stream().filter(line -> line.equals("    costs:")).count());
    }

    @Test
    void awkwardTextRoundTrip() throws ScenarioException {
        String description = "description: \"yes: \\\"quoted\\\" \\\\ back\\nnew line, tab\\t, caf\\u00e9 \\u2028\"\n";
        LoadedScenario loaded = load(MINIMAL + description);
        assertEquals("yes: \"quoted\" \\ back\nnew line, tab\t, caf\u00e9 \u2028", loaded.scenario().description());
        assertRoundTrip(loaded);
    }

    @Test
    void textThatLooksLikeNumber() throws ScenarioException {
        LoadedScenario loaded = load(MINIMAL.replace("name: demo", "name: 2024"));
        assertEquals("2024", loaded.scenario().name());
        assertRoundTrip(loaded);
    }

    @Test
    void negativeZeroRoundTrip() throws ScenarioException {
        assertRoundTrip(load(MINIMAL + "charging:\n  commission:\n    per_session: -0.0\n"));
    }

    @Test
    void firstLineIsHeader() throws ScenarioException {
        String first = load(MINIMAL).effectiveYaml().lines().findFirst().orElseThrow();
        assertEquals("# Effective scenario written by RideGrid: every default filled in.", first);
    }

    @Test
    void containsFinalSeedAndDays() throws ScenarioException {
        String yaml = load(MINIMAL, "seed=9", "days=2").effectiveYaml();
        assertTrue(yaml.contains("\nseed: 9\ndays: 2\n"), yaml);
    }

    @Test
    void lastZoneHasNoRadius() throws ScenarioException {
        String yaml = load(MINIMAL).effectiveYaml();
        assertEquals(3, yaml.lines().filter(line -> line.strip().startsWith("radius_miles:")).count());
        assertFalse(yaml.contains("Infinity"), yaml);
    }

    @Test
    void numbersPrintPlainly() throws ScenarioException {
        String yaml = load(MINIMAL, "demand.requests_per_day=1e8").effectiveYaml();
        assertTrue(yaml.contains("  requests_per_day: 100000000\n"), yaml);
        assertTrue(yaml.contains("  cell_miles: 0.25\n"), yaml);
    }

    @Test
    void sameInputSameBytes() throws ScenarioException, IOException {
        assertEquals(load(tinyYaml()).effectiveYaml(), load(tinyYaml()).effectiveYaml());
    }

    @Test
    void everyKeyWritten() throws ScenarioException, IOException {
        // The table keys are written only when set, so this load sets them.
        String yaml = load(mixedTinyYaml(),
                "demand.origin_weights_file=src/test/resources/tables/origins.csv",
                "demand.destination_weights_file=src/test/resources/tables/destinations.csv",
                "demand.trip_length.distribution=empirical",
                "demand.trip_length.table_file=src/test/resources/tables/trip_length.csv").effectiveYaml();
        for (ScenarioKey key : ScenarioKeys.all()) {
            assertTrue(yaml.contains(" " + key.name() + ":") || yaml.contains("\n" + key.name() + ":"), key.path());
        }
    }
}
