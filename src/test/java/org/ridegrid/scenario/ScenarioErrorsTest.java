package org.ridegrid.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.ridegrid.scenario.ScenarioTexts.MINIMAL;
import static org.ridegrid.scenario.ScenarioTexts.failure;
import static org.ridegrid.scenario.ScenarioTexts.failureWith;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioErrorsTest {

    @Test
    void integerOutOfRange() {
        ScenarioException e = failure(MINIMAL.replace("vehicles: 10", "vehicles: -5"));
        assertEquals("test.yaml", e.sourceName());
        assertEquals(5, e.line());
        assertEquals("fleets[0].vehicles", e.key());
        assertEquals("-5", e.value());
        assertEquals("test.yaml:5: fleets[0].vehicles = -5 is invalid: must be an integer from 1 to 1000000."
                + " Use a value of at least 1.", e.getMessage());
    }

    @Test
    void numberAboveRange() {
        ScenarioException e = failureWith("city:\n  cell_miles: 6\n");
        assertEquals(7, e.line());
        assertEquals("city.cell_miles", e.key());
        assertTrue(e.getMessage().endsWith("must be a number from 0.01 to 5. Use a value of at most 5."), e.getMessage());
    }

    @Test
    void textForNumber() {
        ScenarioException e = failureWith("demand:\n  requests_per_day: lots\n");
        assertEquals(7, e.line());
        assertEquals("demand.requests_per_day", e.key());
        assertEquals("lots", e.value());
        assertTrue(e.getMessage().contains("must be a number from 0 to 100000000, not text"), e.getMessage());
    }

    @Test
    void quotedNumber() {
        ScenarioException e = failureWith("days: \"3\"\n");
        assertEquals(6, e.line());
        assertEquals("\"3\"", e.value());
        assertTrue(e.getMessage().contains("Remove the quotes."), e.getMessage());
    }

    @Test
    void fractionForInteger() {
        ScenarioException e = failure(MINIMAL + "    seats: 2.5\n");
        assertEquals(6, e.line());
        assertEquals("fleets[0].seats", e.key());
        assertTrue(e.getMessage().contains("not a fraction"), e.getMessage());
    }

    @Test
    void infiniteNumber() {
        ScenarioException e = failureWith("demand:\n  max_wait_minutes: .inf\n");
        assertTrue(e.getMessage().contains("not infinite or NaN"), e.getMessage());
    }

    @Test
    void emptyValue() {
        ScenarioException e = failure(MINIMAL + "    seats:\n");
        assertEquals(6, e.line());
        assertEquals("fleets[0].seats", e.key());
        assertNull(e.value());
        assertTrue(e.getMessage().contains("is empty"), e.getMessage());
    }

    @Test
    void nullWordIsEmpty() {
        ScenarioException e = failure(MINIMAL + "    seats: ~\n");
        assertTrue(e.getMessage().contains("fleets[0].seats is empty"), e.getMessage());
    }

    @Test
    void textForBoolean() {
        ScenarioException e = failureWith("output:\n  trips_csv: yes\n");
        assertEquals(7, e.line());
        assertTrue(e.getMessage().contains("must be true or false"), e.getMessage());
    }

    @Test
    void listForNumber() {
        ScenarioException e = failureWith("days: [1, 2]\n");
        assertEquals("[1, 2]", e.value());
        assertTrue(e.getMessage().contains("not a list"), e.getMessage());
    }

    @Test
    void sectionNotMapping() {
        ScenarioException e = failureWith("city: 5\n");
        assertEquals(6, e.line());
        assertEquals("city", e.key());
        assertTrue(e.getMessage().contains("must be a mapping with keys such as width_cells"), e.getMessage());
    }

    @Test
    void unknownKeySuggestsSibling() {
        ScenarioException e = failureWith("demand:\n  max_wait_minuts: 5\n");
        assertEquals(7, e.line());
        assertEquals("demand.max_wait_minuts", e.key());
        assertTrue(e.getMessage().endsWith("is an unknown key. Did you mean `max_wait_minutes`?"), e.getMessage());
    }

    @Test
    void unknownKeySuggestsOtherSection() {
        ScenarioException e = failureWith("max_wait_minutes: 5\n");
        assertTrue(e.getMessage().endsWith("Did you mean `demand.max_wait_minutes`?"), e.getMessage());
    }

    @Test
    void unknownKeyInListElement() {
        ScenarioException e = failure(MINIMAL + "    vehicle: 3\n");
        assertEquals("fleets[0].vehicle", e.key());
        assertTrue(e.getMessage().endsWith("Did you mean `vehicles`?"), e.getMessage());
    }

    @Test
    void unknownKeyListsValidKeys() {
        ScenarioException e = failureWith("dispatch:\n  qqqqqqqqqq: 1\n");
        assertTrue(e.getMessage().endsWith("Valid keys under dispatch: policy, max_pickup_minutes."), e.getMessage());
    }

    @Test
    void hourListTooShort() {
        ScenarioException e = failureWith("demand:\n  hourly_profile:\n    weekday: [1, 2, 3]\n");
        assertEquals(8, e.line());
        assertEquals("demand.hourly_profile.weekday", e.key());
        assertEquals("[1, 2, 3]", e.value());
        assertTrue(e.getMessage().contains("must have exactly 24 values, one per hour of day"), e.getMessage());
    }

    @Test
    void dayFactorsWrongLength() {
        ScenarioException e = failureWith("demand:\n  day_of_week_factors: [1, 1, 1, 1, 1, 1]\n");
        assertEquals("demand.day_of_week_factors", e.key());
        assertTrue(e.getMessage().contains("exactly 7 values, one per weekday, Monday first, but has 6"), e.getMessage());
    }

    @Test
    void listElementOutOfRange() {
        String hours = "[1, 1, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]";
        ScenarioException e = failureWith("city:\n  congestion:\n    weekend: " + hours + "\n");
        assertEquals(8, e.line());
        assertEquals("city.congestion.weekend[2]", e.key());
        assertEquals("3", e.value());
    }

    @Test
    void duplicateKey() {
        ScenarioException e = failureWith("days: 3\ndays: 4\n");
        assertEquals(7, e.line());
        assertEquals("days", e.key());
        assertTrue(e.getMessage().contains("is set twice; the first one is on line 6"), e.getMessage());
    }

    @Test
    void emptyFile() {
        ScenarioException e = failure("");
        assertEquals(0, e.line());
        assertEquals("", e.key());
        assertTrue(e.getMessage().startsWith("test.yaml: the scenario is empty."), e.getMessage());
    }

    @Test
    void commentOnlyFile() {
        assertTrue(failure("# nothing here\n").getMessage().contains("the scenario is empty"));
    }

    @Test
    void topLevelNotMapping() {
        ScenarioException e = failure("- name: demo\n");
        assertEquals(1, e.line());
        assertTrue(e.getMessage().contains("the top level must be a mapping"), e.getMessage());
    }

    @Test
    void syntaxErrorHasLineAndColumn() {
        ScenarioException e = failure("name: demo\nfleets: [1, 2\ndays: 3\n");
        assertEquals(3, e.line());
        assertTrue(e.getMessage().startsWith("test.yaml:3: YAML syntax error at column 5:"), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), "one line: " + e.getMessage());
    }

    @Test
    void listAsKey() {
        ScenarioException e = failure(MINIMAL + "    ? [a]\n    : 1\n");
        assertEquals(6, e.line());
        assertEquals("fleets[0]", e.key());
        assertTrue(e.getMessage().contains("has a key that is not a plain name"), e.getMessage());
    }

    @Test
    void twoDocuments() {
        ScenarioException e = failure(MINIMAL + "---\nname: other\n");
        assertTrue(e.getMessage().contains("more than one document"), e.getMessage());
    }

    @Test
    void missingName() {
        ScenarioException e = failure(MINIMAL.replace("name: demo\n", ""));
        assertEquals("name", e.key());
        assertTrue(e.getMessage().contains("name is missing. Add it"), e.getMessage());
    }

    @Test
    void missingFleets() {
        ScenarioException e = failure("name: demo\n");
        assertEquals("fleets", e.key());
        assertTrue(e.getMessage().contains("fleets is missing"), e.getMessage());
    }

    @Test
    void missingVehicles() {
        ScenarioException e = failure(MINIMAL.replace("    vehicles: 10\n", ""));
        assertEquals(3, e.line());
        assertEquals("fleets[0].vehicles", e.key());
        assertTrue(e.getMessage().contains("is missing. Add it: number of vehicles in the fleet."), e.getMessage());
    }

    @Test
    void emptyFleetList() {
        ScenarioException e = failure("name: demo\nfleets: []\n");
        assertEquals(2, e.line());
        assertEquals("fleets", e.key());
        assertTrue(e.getMessage().contains("must list at least 1 element(s)"), e.getMessage());
    }

    @Test
    void fleetElementNotMapping() {
        ScenarioException e = failure(MINIMAL + "  - cabs\n");
        assertEquals(6, e.line());
        assertEquals("fleets[1]", e.key());
    }

    @Test
    void depotKindNeedsDepot() {
        ScenarioException e = failure(MINIMAL.replace("cybercab", "depot"));
        assertEquals(3, e.line());
        assertEquals("fleets[0].depot", e.key());
        assertEquals("test.yaml:3: fleets[0].depot is missing, but fleets[0].kind is depot."
                + " Add a depot mapping with at least name.", e.getMessage());
        assertEquals(1, e.problems().size());
    }

    @Test
    void lentKindLoads() throws ScenarioException {
        FleetSpec fleet = ScenarioTexts.load(MINIMAL.replace("cybercab", "lent")).scenario().fleets().get(0);
        assertEquals(FleetKind.LENT, fleet.kind());
    }

    @Test
    void unknownKindListsAllowed() {
        ScenarioException e = failure(MINIMAL.replace("cybercab", "bus"));
        assertTrue(e.getMessage().contains("must be one of cybercab, depot, lent."), e.getMessage());
    }

    @Test
    void misspeltChoiceSuggests() {
        ScenarioException e = failure(MINIMAL + "    placement: residental\n");
        assertTrue(e.getMessage().endsWith("Did you mean `residential`?"), e.getMessage());
    }

    @Test
    void upperCaseWeekday() {
        ScenarioException e = failureWith("start_weekday: Monday\n");
        assertTrue(e.getMessage().contains("must be written in lower case: monday"), e.getMessage());
    }

    @Test
    void nameWithSpace() {
        ScenarioException e = failure(MINIMAL.replace("name: demo", "name: my run"));
        assertEquals(1, e.line());
        assertEquals("name", e.key());
        assertTrue(e.getMessage().contains("folder and file names"), e.getMessage());
    }

    @Test
    void fleetNameWithSlash() {
        ScenarioException e = failure(MINIMAL.replace("name: cabs", "name: a/b"));
        assertEquals("fleets[0].name", e.key());
    }

    @Test
    void problemsCollected() {
        ScenarioException e = failureWith("days: 0\nseed: -1\n");
        List<ScenarioProblem> problems = e.problems();
        assertEquals(2, problems.size());
        assertEquals("days", problems.get(0).key());
        assertEquals("seed", problems.get(1).key());
        assertEquals(2, e.allMessages().lines().count());
    }

    @Test
    void fileNotFound(@TempDir Path dir) {
        Path missing = dir.resolve("nowhere.yaml");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(missing, List.of(), null, null));
        assertEquals(missing.toString(), e.sourceName());
        assertEquals(missing + ": the file does not exist. Check the path and the working directory.", e.getMessage());
    }

    @Test
    void directoryNotFile(@TempDir Path dir) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(dir, List.of(), null, null));
        assertTrue(e.getMessage().contains("it is a directory"), e.getMessage());
    }

    @Test
    void unreadableFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("secret.yaml");
        Files.writeString(file, MINIMAL);
        assumeTrue(file.toFile().setReadable(false, false) && !Files.isReadable(file), "the file stays readable (root user)");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file, List.of(), null, null));
        assertTrue(e.getMessage().startsWith(file + ": the file cannot be read"), e.getMessage());
    }

    @Test
    void invalidUtf8(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("latin1.yaml");
        Files.write(file, new byte[] {'n', 'a', 'm', 'e', ':', ' ', (byte) 0xe9, '\n'});
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file, List.of(), null, null));
        assertTrue(e.getMessage().contains("not valid UTF-8"), e.getMessage());
    }
}
