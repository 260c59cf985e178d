package org.ridegrid.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ridegrid.scenario.ScenarioTexts.MINIMAL;
import static org.ridegrid.scenario.ScenarioTexts.failure;
import static org.ridegrid.scenario.ScenarioTexts.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioOverridesTest {
    private static final String HOURS = "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24]";

    @Test
    void setsNumberInAbsentSection() throws ScenarioException {
        assertEquals(5000.0, load(MINIMAL, "demand.requests_per_day=5000").scenario().demand().requestsPerDay());
    }

    @Test
    void setsListElementKey() throws ScenarioException {
        assertEquals(300, load(MINIMAL, "fleets[0].vehicles=300").scenario().fleets().get(0).vehicles());
    }

    @Test
    void acceptsDottedIndex() throws ScenarioException {
        assertEquals(300, load(MINIMAL, "fleets.0.vehicles=300").scenario().fleets().get(0).vehicles());
    }

    @Test
    void changesDefaultZone() throws ScenarioException {
        List<ZoneSpec> zones = load(MINIMAL, "city.zones[1].speed_mph=20").scenario().city().zones();
        assertEquals(new ZoneSpec("inner", 3, 3, 3, 3, 20), zones.get(1));
        assertEquals(new ZoneSpec("core", 1.5, 6, 8, 1, 12), zones.get(0));
        assertEquals(4, zones.size());
    }

    @Test
    void setsSequence() throws ScenarioException {
        HourProfile profile = load(MINIMAL, "demand.hourly_profile.weekday=" + HOURS).scenario().demand().weekdayProfile();
        assertEquals(24.0, profile.get(23));
    }

    @Test
    void setsOneSequenceElement() throws ScenarioException {
        String yaml = MINIMAL + "demand:\n  day_of_week_factors: [1, 1, 1, 1, 1, 1, 1]\n";
        assertEquals(2.0, load(yaml, "demand.day_of_week_factors[6]=2").scenario().demand().dayOfWeekFactor(6));
    }

    @Test
    void setsSeedAndDays() throws ScenarioException {
        Scenario scenario = load(MINIMAL, "seed=5", "days=3").scenario();
        assertEquals(5L, scenario.seed());
        assertEquals(3, scenario.days());
    }

    @Test
    void setsText() throws ScenarioException {
        assertEquals("a b", load(MINIMAL, "description=a b").scenario().description());
    }

    @Test
    void replacesFileValue() throws ScenarioException {
        assertEquals(4, load(MINIMAL + "days: 9\n", "days=4").scenario().days());
    }

    @Test
    void laterOverrideWins() throws ScenarioException {
        assertEquals(2, load(MINIMAL, "days=4", "days=2").scenario().days());
    }

    @Test
    void replacesWholeList() throws ScenarioException {
        String fleets = "fleets=[{name: a, kind: cybercab, vehicles: 1}, {name: b, kind: cybercab, vehicles: 2}]";
        assertEquals(2, load(MINIMAL, fleets).scenario().fleets().size());
    }

    @Test
    void missingElementRejected() {
        ScenarioException e = failure(MINIMAL, "fleets[1].vehicles=3");
        assertEquals("--set", e.sourceName());
        assertEquals(0, e.line());
        assertEquals("fleets[1]", e.key());
        assertEquals("--set fleets[1].vehicles=3: fleets[1] does not exist, because fleets has 1 element(s),"
                + " numbered from 0. Add the element to the file first.", e.getMessage());
    }

    @Test
    void missingExplicitPadRejected() {
        ScenarioException e = failure(MINIMAL, "charging.pads.locations[0].x=1");
        assertEquals("charging.pads.locations[0]", e.key());
    }

    @Test
    void unknownKeySuggests() {
        ScenarioException e = failure(MINIMAL, "demand.max_wait_minuts=4");
        assertEquals("--set", e.sourceName());
        assertEquals("demand.max_wait_minuts", e.key());
        assertTrue(e.getMessage().startsWith("--set demand.max_wait_minuts=4: "), e.getMessage());
        assertTrue(e.getMessage().endsWith("Did you mean `demand.max_wait_minutes`?"), e.getMessage());
    }

    @Test
    void unknownKeyKeepsIndex() {
        ScenarioException e = failure(MINIMAL, "fleets[0].vehicle=3");
        assertTrue(e.getMessage().endsWith("Did you mean `fleets[0].vehicles`?"), e.getMessage());
    }

    @Test
    void invalidValueNamesOption() {
        ScenarioException e = failure(MINIMAL, "fleets[0].vehicles=-5");
        assertEquals("--set", e.sourceName());
        assertEquals("fleets[0].vehicles", e.key());
        assertEquals("-5", e.value());
        assertEquals("--set fleets[0].vehicles=-5: fleets[0].vehicles = -5 is invalid: must be an integer from 1"
                + " to 1000000. Use a value of at least 1.", e.getMessage());
    }

    @Test
    void wrongListLengthNamesOption() {
        ScenarioException e = failure(MINIMAL, "demand.hourly_profile.weekend=[1,2]");
        assertEquals("--set", e.sourceName());
        assertEquals("demand.hourly_profile.weekend", e.key());
    }

    @Test
    void missingEqualsRejected() {
        ScenarioException e = failure(MINIMAL, "days");
        assertEquals("--set days: the option is not of the form key=value. Write, for example,"
                + " --set fleets[0].vehicles=300.", e.getMessage());
    }

    @Test
    void malformedPathRejected() {
        ScenarioException e = failure(MINIMAL, "city..width_cells=3");
        assertTrue(e.getMessage().contains("the key is not a valid dotted path"), e.getMessage());
    }

    @Test
    void valueSyntaxError() {
        ScenarioException e = failure(MINIMAL, "demand.hourly_profile.weekday=[1,2");
        assertEquals("--set", e.sourceName());
        assertTrue(e.getMessage().contains("YAML syntax error"), e.getMessage());
    }

    @Test
    void emptyValueRejected() {
        ScenarioException e = failure(MINIMAL, "days=");
        assertEquals("days", e.key());
        assertTrue(e.getMessage().contains("is empty"), e.getMessage());
    }

    @Test
    void keyUnderScalarRejected() {
        ScenarioException e = failure(MINIMAL + "city: 5\n", "city.width_cells=3");
        assertEquals("city", e.key());
        assertTrue(e.getMessage().contains("is not a mapping in the file"), e.getMessage());
    }

    @Test
    void defaultRadiusBlamesOverride() {
        ScenarioException e = failure(MINIMAL, "city.zones[0].radius_miles=9");
        assertEquals("city.zones[0].radius_miles", e.key());
        assertTrue(e.getMessage().contains("must be smaller than city.zones[1].radius_miles = 3"), e.getMessage());
    }

    @Test
    void loadAppliesSeedAndDays(@TempDir Path dir) throws IOException, ScenarioException {
        Path file = dir.resolve("demo.yaml");
        Files.writeString(file, MINIMAL + "seed: 3\ndays: 9\n");
        Scenario scenario = ScenarioLoader.load(file, List.of("days=4"), 77L, 2).scenario();
        assertEquals(77L, scenario.seed());
        assertEquals(2, scenario.days());
    }

    @Test
    void badDaysOptionNamed(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("demo.yaml");
        Files.writeString(file, MINIMAL);
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file, List.of(), null, 0));
        assertEquals("--days", e.sourceName());
        assertTrue(e.getMessage().startsWith("--days 0: days = 0 is invalid"), e.getMessage());
    }
}
