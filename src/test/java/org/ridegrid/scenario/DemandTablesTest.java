package org.ridegrid.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemandTablesTest {
    private static final Path TABLES = Path.of("src/test/resources/scenarios/tiny-tables.yaml");

    @TempDir
    Path folder;

    private static Scenario loadTables() throws ScenarioException {
        return ScenarioLoader.load(TABLES, List.of(), null, null).scenario();
    }

    @Test
    void tablesLoadRelativeToScenario() throws ScenarioException {
        DemandSpec demand = loadTables().demand();
        double[] origins = demand.originWeights().toCellWeights(10, 10);
        assertEquals(3.0, origins[3 * 10 + 2]);
        assertEquals(1.0, origins[1 * 10 + 7]);
        assertEquals(4.0, java.util.Arrays.stream(origins).sum());
        assertEquals(10, demand.destinationWeights().size());
        assertTrue(demand.tripLength().isEmpirical());
        assertArrayEquals(new double[] {0, 0.25, 0.75, 1}, demand.tripLength().table().shares());
        assertArrayEquals(new double[] {0.5, 1, 2, 4}, demand.tripLength().table().values());
        assertTrue(demand.originWeights().file().isAbsolute());
    }

    @Test
    void scenarioWithoutTablesHasNone() throws ScenarioException {
        DemandSpec demand = ScenarioTexts.load(ScenarioTexts.MINIMAL).scenario().demand();
        assertNull(demand.originWeights());
        assertNull(demand.destinationWeights());
        assertNull(demand.tripLength().table());
    }

    @Test
    void effectiveYamlRoundTrips() throws ScenarioException, IOException {
        LoadedScenario first = ScenarioLoader.load(TABLES, List.of(), null, null);
        String absolute = Path.of("src/test/resources/tables/origins.csv").toAbsolutePath().toString();
        assertTrue(first.effectiveYaml().contains("  origin_weights_file: \"" + absolute + "\"\n"), first.effectiveYaml());

        // Written into another folder, as into a run folder, the effective scenario still finds its tables.
        Path copy = folder.resolve("scenario.yaml");
        Files.writeString(copy, first.effectiveYaml());
        LoadedScenario second = ScenarioLoader.load(copy, List.of(), null, null);
        assertEquals(first.scenario(), second.scenario());
        assertEquals(first.effectiveYaml(), second.effectiveYaml());
    }

    @Test
    void missingTableNamesKeyAndLine() {
        ScenarioException e = ScenarioTexts.failureWith("demand:\n  origin_weights_file: no/such.csv\n");
        assertEquals(7, e.line());
        assertEquals("demand.origin_weights_file", e.key());
        assertTrue(e.getMessage().contains("no/such.csv does not exist"), e.getMessage());
    }

    @Test
    void negativeWeightRejected() throws IOException {
        ScenarioException e = failWithOrigins("x,y,weight\n1,1,2\n2,2,-3\n");
        assertEquals(3, e.line());
        assertEquals("column 3 (weight)", e.key());
        assertEquals("-3", e.value());
        assertTrue(e.sourceName().endsWith("table.csv"), e.sourceName());
        assertTrue(e.getMessage().contains("must be 0 or more"), e.getMessage());
        assertTrue(e.getMessage().contains("demand.origin_weights_file"), e.getMessage());
    }

    @Test
    void cellOutsideGridRejected() throws IOException {
        ScenarioException e = failWithOrigins("# comment\nx,y,weight\n40,1,2\n");
        assertEquals(3, e.line());
        assertEquals("column 1 (x)", e.key());
        assertEquals("40", e.value());
        assertTrue(e.getMessage().contains("from 0 to 39"), e.getMessage());
    }

    @Test
    void unparseableWeightRejected() throws IOException {
        ScenarioException e = failWithOrigins("x,y,weight\n1,1,many\n");
        assertEquals(2, e.line());
        assertEquals("many", e.value());
        assertTrue(e.getMessage().contains("not a finite number"), e.getMessage());
    }

    @Test
    void repeatedCellRejected() throws IOException {
        ScenarioException e = failWithOrigins("x,y,weight\n1,1,2\n1,1,5\n");
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("repeats cell (1, 1) of line 2"), e.getMessage());
    }

    @Test
    void allZeroWeightsRejected() throws IOException {
        ScenarioException e = failWithOrigins("x,y,weight\n1,1,0\n");
        assertTrue(e.getMessage().contains("every weight is 0"), e.getMessage());
    }

    @Test
    void wrongHeaderRejected() throws IOException {
        ScenarioException e = failWithOrigins("col,row,weight\n1,1,1\n");
        assertEquals(1, e.line());
        assertTrue(e.getMessage().contains("must be x,y,weight"), e.getMessage());
    }

    @Test
    void shortRowRejected() throws IOException {
        ScenarioException e = failWithOrigins("x,y,weight\n1,1\n");
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("has 2 cells but must have 3"), e.getMessage());
    }

    @Test
    void decreasingMilesRejected() throws IOException {
        ScenarioException e = failWithLengths("share,miles\n0,1\n0.5,3\n1,2\n");
        assertEquals(4, e.line());
        assertEquals("column 2 (miles)", e.key());
        assertEquals("2", e.value());
        assertTrue(e.getMessage().contains("must not be smaller"), e.getMessage());
    }

    @Test
    void sharesMustRiseFromZeroToOne() throws IOException {
        assertTrue(failWithLengths("share,miles\n0.1,1\n1,2\n").getMessage().contains("must be 0"));
        assertTrue(failWithLengths("share,miles\n0,1\n0.9,2\n").getMessage().contains("must be 1"));
        ScenarioException repeated = failWithLengths("share,miles\n0,1\n0.5,2\n0.5,3\n1,4\n");
        assertEquals(4, repeated.line());
        assertTrue(repeated.getMessage().contains("must be larger than the share of the row before"), repeated.getMessage());
    }

    @Test
    void shortestTripAboveMaxRejected() throws IOException {
        ScenarioException e = failWithLengths("share,miles\n0,31\n1,40\n");
        assertTrue(e.getMessage().contains("must be smaller than demand.trip_length.max_miles = 30"), e.getMessage());
    }

    @Test
    void empiricalNeedsTable() {
        ScenarioException e = ScenarioTexts.failureWith("demand:\n  trip_length:\n    distribution: empirical\n");
        assertEquals("demand.trip_length.distribution", e.key());
        assertTrue(e.getMessage().contains("needs demand.trip_length.table_file"), e.getMessage());
    }

    @Test
    void tableNeedsEmpirical() throws IOException {
        Path table = write("share,miles\n0,1\n1,2\n");
        ScenarioException e = ScenarioTexts.failureWith("demand:\n  trip_length:\n    table_file: " + table + "\n");
        assertEquals("demand.trip_length.table_file", e.key());
        assertTrue(e.getMessage().contains("only used when demand.trip_length.distribution is empirical"), e.getMessage());
    }

    @Test
    void tableErrorExitsWithCodeTwo() throws IOException {
        Path table = write("x,y,weight\n1,1,-1\n");
        Path scenario = folder.resolve("bad.yaml");
        Files.writeString(scenario, ScenarioTexts.MINIMAL + "demand:\n  origin_weights_file: table.csv\n");
        java.io.StringWriter err = new java.io.StringWriter();
        int code = org.ridegrid.cli.RideGridCli.execute(new java.io.PrintWriter(new java.io.StringWriter()),
                new java.io.PrintWriter(err), "validate", scenario.toString());
        assertEquals(2, code);
        assertTrue(err.toString().startsWith("error: " + table + ":2: column 3 (weight) = -1 is invalid"), err.toString());
        assertTrue(!err.toString().contains("Exception"), err.toString());
    }

    private Path write(String text) throws IOException {
        Path table = folder.resolve("table.csv");
        Files.writeString(table, text);
        return table;
    }

    private ScenarioException failWithOrigins(String table) throws IOException {
        Path file = write(table);
        return assertThrows(ScenarioException.class, () -> ScenarioTexts.loadWith(
                "city: {width_cells: 40, height_cells: 40}\ndemand:\n  origin_weights_file: " + file + "\n"));
    }

    private ScenarioException failWithLengths(String table) throws IOException {
        Path file = write(table);
        return assertThrows(ScenarioException.class, () -> ScenarioTexts.loadWith("demand:\n  trip_length:\n"
                + "    distribution: empirical\n    table_file: " + file + "\n"));
    }
}
