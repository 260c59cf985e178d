package org.ridegrid.scenario;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a small numeric CSV table that a scenario key names. Lines that are empty or start with
 * {@code #} are skipped; the first other line is the header, and cells are separated by commas
 * without quoting. Every problem names the table file, its line and column and the value, and
 * names the scenario key that set the file.
 */
final class TableReader {
    /** One data row: its 1-based line in the file and its cells, trimmed. */
    record Row(int line, String[] cells) {
    }

    private final ScenarioValues values;
    private final ProblemList problems;
    private final String keyPath;
    private final Path file;
    private final List<String> header;

    TableReader(ScenarioValues values, ProblemList problems, String keyPath, Path file, List<String> header) {
        this.values = values;
        this.problems = problems;
        this.keyPath = keyPath;
        this.file = file;
        this.header = List.copyOf(header);
    }

    /** Returns the data rows, or empty after reporting a file that is missing, unreadable or has a wrong header. */
    Optional<List<Row>> rows() {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            return failAtKey("the file " + file + " does not exist. Paths are relative to the scenario file's folder.");
        } catch (CharacterCodingException e) {
            return failAtKey("the file " + file + " is not valid UTF-8 text.");
        } catch (IOException e) {
            String reason = Files.isDirectory(file) ? "it is a directory" : e.toString();
            return failAtKey("the file " + file + " cannot be read: " + reason + ".");
        }
        List<Row> rows = new ArrayList<>();
        boolean headerSeen = false;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split(",", -1);
            for (int c = 0; c < cells.length; c++) {
                cells[c] = cells[c].strip();
            }
            if (!headerSeen) {
                if (!List.of(cells).equals(header)) {
                    failAtLine(i + 1, "the header is " + line + " but must be " + String.join(",", header) + ".");
                    return Optional.empty();
                }
                headerSeen = true;
                continue;
            }
            if (cells.length != header.size()) {
                failAtLine(i + 1, "the row " + line + " has " + cells.length + " cells but must have "
                        + header.size() + ": " + String.join(",", header) + ".");
                return Optional.empty();
            }
            rows.add(new Row(i + 1, cells));
        }
        if (!headerSeen) {
            failAtLine(0, "the table is empty. It needs the header " + String.join(",", header) + " and at least one row.");
            return Optional.empty();
        }
        return Optional.of(rows);
    }

    /** Parses a finite number in a column, or reports it and returns NaN. */
    double number(Row row, int column) {
        String text = row.cells()[column];
        try {
            double value = Double.parseDouble(text);
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // Reported below with the line and column.
        }
        fail(row, column, "is not a finite number.");
        return Double.NaN;
    }

    /** Parses an integer from 0 to {@code max} in a column, or reports it and returns -1. */
    int index(Row row, int column, int max, String bound) {
        String text = row.cells()[column];
        try {
            int value = Integer.parseInt(text);
            if (value >= 0 && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // Reported below with the line and column.
        }
        fail(row, column, "must be an integer from 0 to " + max + " (" + bound + ").");
        return -1;
    }

    /** Reports a problem with one value: {@code reason} finishes the sentence "column N (name) = value ...". */
    void fail(Row row, int column, String reason) {
        String key = "column " + (column + 1) + " (" + header.get(column) + ")";
        problems.add(new ScenarioProblem(file.toString(), "", row.line(), key, row.cells()[column],
                "is invalid: " + reason + " " + setBy()));
    }

    /** Reports a problem of the whole table at a line, or at no line when {@code line} is 0. */
    void failAtLine(int line, String reason) {
        problems.add(new ScenarioProblem(file.toString(), "", line, "", null, reason + " " + setBy()));
    }

    private <T> Optional<T> failAtKey(String reason) {
        problems.at(values.nearestNode(keyPath), keyPath, values.get(keyPath).toString(), "is invalid: " + reason);
        return Optional.empty();
    }

    private String setBy() {
        return "The table is set by " + keyPath + " in " + problems.sourceName() + ".";
    }
}
