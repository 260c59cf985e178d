package org.ridegrid.report;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One CSV file of a run folder read into memory as text, with checked access by column name.
 * Every error names the file and, for a value, its line (the header is line 1).
 */
final class CsvTable {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().get();

    private final Path file;
    private final Map<String, Integer> columns = new LinkedHashMap<>();
    private final List<String[]> rows = new ArrayList<>();
    private final List<Long> lines = new ArrayList<>();

    private CsvTable(Path file) {
        this.file = file;
    }

    /** Reads {@code file}, which must have a header row holding every name in {@code required}. */
    static CsvTable read(Path file, List<String> required) throws ReportInputException {
        CsvTable table = new CsvTable(file);
        if (!Files.isRegularFile(file)) {
            throw new ReportInputException(file + " is missing.");
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(reader, FORMAT)) {
            table.readRecords(parser);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // commons-csv reports a malformed record (an unclosed quote, say) as an unchecked exception.
            Throwable reason = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
            throw new ReportInputException(file + " is not valid CSV: " + reason.getMessage()
                    + ". The file is damaged; run the scenario again.", e);
        }
        if (table.columns.isEmpty()) {
            throw new ReportInputException(file + " is empty: it has no header row.");
        }
        for (String name : required) {
            if (!table.columns.containsKey(name)) {
                throw new ReportInputException(file + ": the header has no column " + name
                        + ". The file may come from another version of RideGrid; run the scenario again.");
            }
        }
        return table;
    }

    private void readRecords(CSVParser parser) throws ReportInputException {
        int width = -1;
        for (CSVRecord record : parser) {
            // Record numbers count lines, because no field of a run folder's CSV spans lines.
            long line = record.getRecordNumber();
            String[] values = record.values();
            if (width < 0) {
                width = values.length;
                for (int i = 0; i < values.length; i++) {
                    columns.put(values[i], i);
                }
                continue;
            }
            if (values.length == 1 && values[0].isEmpty()) {
                continue;
            }
            if (values.length != width) {
                throw new ReportInputException(file + " line " + line + ": has " + values.length + " fields, but the header has "
                        + width + ". The file is damaged; run the scenario again.");
            }
            rows.add(values);
            lines.add(line);
        }
    }

    Path file() {
        return file;
    }

    /** Returns the column names in the order of the header. */
    List<String> columns() {
        return List.copyOf(columns.keySet());
    }

    int size() {
        return rows.size();
    }

    long line(int row) {
        return lines.get(row);
    }

    String text(int row, String column) {
        return rows.get(row)[columns.get(column)];
    }

    /** Returns the number in a cell, NaN for an empty cell (a value that is not defined). */
    double number(int row, String column) throws ReportInputException {
        String text = text(row, column);
        if (text.isEmpty()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new ReportInputException(file + " line " + line(row) + ": column " + column + " = \"" + text
                    + "\" is not a number.");
        }
    }

    /** Returns the whole number in a cell, which must not be empty. */
    int integer(int row, String column) throws ReportInputException {
        String text = text(row, column);
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new ReportInputException(file + " line " + line(row) + ": column " + column + " = \"" + text
                    + "\" is not a whole number.");
        }
    }
}
