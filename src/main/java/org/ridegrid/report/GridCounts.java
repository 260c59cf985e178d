package org.ridegrid.report;

/** A count per grid cell, {@code counts[x][y]}, for a city map. */
record GridCounts(int width, int height, double[][] counts) {

    static GridCounts empty(int width, int height) {
        return new GridCounts(width, height, new double[width][height]);
    }

    /** Adds {@code amount} to cell (x, y) read from {@code table} row {@code row}, which must lie in the grid. */
    void add(CsvTable table, int row, String xColumn, String yColumn, double amount) throws ReportInputException {
        int x = table.integer(row, xColumn);
        int y = table.integer(row, yColumn);
        if (x < 0 || x >= width || y < 0 || y >= height) {
            throw new ReportInputException(table.file() + " line " + table.line(row) + ": cell (" + x + ", " + y
                    + ") lies outside the " + width + " x " + height + " grid of scenario.yaml.");
        }
        counts[x][y] += amount;
    }

    double total() {
        double sum = 0;
        for (double[] column : counts) {
            for (double value : column) {
                sum += value;
            }
        }
        return sum;
    }

    double max() {
        double max = 0;
        for (double[] column : counts) {
            for (double value : column) {
                max = Math.max(max, value);
            }
        }
        return max;
    }
}
