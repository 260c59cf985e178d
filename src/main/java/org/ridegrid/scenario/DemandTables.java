package org.ridegrid.scenario;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The demand tables a scenario names: origin and destination weights per cell, and the trip length
 * quantiles. Each is null when its key is not set. Loading resolves a path against the scenario
 * file's folder and writes the absolute path back into the values, so that the effective YAML
 * loads from any working directory.
 */
record DemandTables(CellWeightTable originWeights, CellWeightTable destinationWeights, QuantileTable tripLength) {
    static final String ORIGIN_KEY = "demand.origin_weights_file";
    static final String DESTINATION_KEY = "demand.destination_weights_file";
    static final String TRIP_LENGTH_KEY = "demand.trip_length.table_file";

    private static final List<String> WEIGHT_HEADER = List.of("x", "y", "weight");
    private static final List<String> QUANTILE_HEADER = List.of("share", "miles");

    /** Loads every table whose key is set, reporting each problem; the values must be valid. */
    static DemandTables load(ScenarioValues values, Path baseDir, ProblemList problems) {
        return new DemandTables(
                weights(values, ORIGIN_KEY, baseDir, problems),
                weights(values, DESTINATION_KEY, baseDir, problems),
                quantiles(values, baseDir, problems));
    }

    private static Path resolve(ScenarioValues values, String keyPath, Path baseDir) {
        Path file = baseDir.resolve(values.text(keyPath)).normalize();
        values.put(keyPath, file.toAbsolutePath().normalize().toString(), values.node(keyPath));
        return file;
    }

    private static CellWeightTable weights(ScenarioValues values, String keyPath, Path baseDir, ProblemList problems) {
        if (!values.has(keyPath)) {
            return null;
        }
        Path file = resolve(values, keyPath, baseDir);
        TableReader reader = new TableReader(values, problems, keyPath, file, WEIGHT_HEADER);
        Optional<List<TableReader.Row>> rows = reader.rows();
        if (rows.isEmpty()) {
            return null;
        }

        int width = Math.toIntExact(values.integer("city.width_cells"));
        int height = Math.toIntExact(values.integer("city.height_cells"));
        int count = rows.get().size();
        int[] xs = new int[count];
        int[] ys = new int[count];
        double[] weights = new double[count];
        Map<Integer, Integer> lineOfCell = new HashMap<>();
        boolean valid = true;
        double total = 0;
        for (int i = 0; i < count; i++) {
            TableReader.Row row = rows.get().get(i);
            xs[i] = reader.index(row, 0, width - 1, "city.width_cells - 1");
            ys[i] = reader.index(row, 1, height - 1, "city.height_cells - 1");
            weights[i] = reader.number(row, 2);
            if (!Double.isNaN(weights[i]) && weights[i] < 0) {
                reader.fail(row, 2, "must be 0 or more.");
                weights[i] = Double.NaN;
            }
            if (xs[i] < 0 || ys[i] < 0 || Double.isNaN(weights[i])) {
                valid = false;
                continue;
            }

            Integer previous = lineOfCell.putIfAbsent(ys[i] * width + xs[i], row.line());
            if (previous != null) {
                reader.fail(row, 0, "repeats cell (" + xs[i] + ", " + ys[i] + ") of line " + previous
                        + ". List each cell once.");
                valid = false;
            }
            total += weights[i];
        }

        if (!valid) {
            return null;
        }
        if (!(total > 0)) {
            reader.failAtLine(0, "every weight is 0, so no cell can be drawn. Give at least one cell a positive weight.");
            return null;
        }
        return new CellWeightTable(file.toAbsolutePath().normalize(), xs, ys, weights);
    }

    private static QuantileTable quantiles(ScenarioValues values, Path baseDir, ProblemList problems) {
        if (!values.has(TRIP_LENGTH_KEY)) {
            return null;
        }
        Path file = resolve(values, TRIP_LENGTH_KEY, baseDir);
        TableReader reader = new TableReader(values, problems, TRIP_LENGTH_KEY, file, QUANTILE_HEADER);
        Optional<List<TableReader.Row>> rows = reader.rows();
        if (rows.isEmpty()) {
            return null;
        }

        int count = rows.get().size();
        if (count < 2) {
            reader.failAtLine(0, "the table has " + count + " row(s) but needs at least 2: shares 0 and 1.");
            return null;
        }

        double[] shares = new double[count];
        double[] miles = new double[count];
        int before = problems.size();
        for (int i = 0; i < count; i++) {
            TableReader.Row row = rows.get().get(i);
            shares[i] = reader.number(row, 0);
            miles[i] = reader.number(row, 1);
            if (Double.isNaN(shares[i]) || Double.isNaN(miles[i])) {
                continue;
            }
            checkQuantileRow(reader, row, i, count, shares, miles);
        }
        if (problems.size() > before) {
            return null;
        }

        double maxMiles = values.number("demand.trip_length.max_miles");
        if (miles[0] >= maxMiles) {
            reader.fail(rows.get().get(0), 1, "must be smaller than demand.trip_length.max_miles = "
                    + NumberText.format(maxMiles) + ", because draws above it are drawn again.");
            return null;
        }
        return new QuantileTable(file.toAbsolutePath().normalize(), shares, miles);
    }

    private static void checkQuantileRow(TableReader reader, TableReader.Row row, int i, int count,
            double[] shares, double[] miles) {
        if (i == 0 && shares[i] != 0) {
            reader.fail(row, 0, "must be 0, because the first row is the shortest trip.");
        } else if (i == count - 1 && shares[i] != 1) {
            reader.fail(row, 0, "must be 1, because the last row is the longest trip.");
        } else if (i > 0 && !(shares[i] > shares[i - 1])) {
            reader.fail(row, 0, "must be larger than the share of the row before, " + shares[i - 1] + ".");
        }
        if (miles[i] < 0) {
            reader.fail(row, 1, "must be 0 or more.");
        } else if (i > 0 && miles[i] < miles[i - 1]) {
            reader.fail(row, 1, "must not be smaller than the miles of the row before, " + miles[i - 1] + ".");
        }
        if (i == count - 1 && !(miles[i] > 0)) {
            reader.fail(row, 1, "must be positive, because the longest trip cannot be 0 miles.");
        }
    }
}
