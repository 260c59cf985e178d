package org.ridegrid.calibrate;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A source data CSV with a header row, read one record at a time with access by column name.
 * Every error names the file, the line (the header is line 1), the column and the value.
 */
final class SourceCsv implements AutoCloseable {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get();
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Path file;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final Map<String, Integer> columns;
    private CSVRecord record;
    private long line;

    private SourceCsv(Path file, CSVParser parser) {
        this.file = file;
        this.parser = parser;
        this.records = parser.iterator();
        this.columns = parser.getHeaderMap();
    }

    /** Opens {@code file}, whose header must name every column in {@code required}. */
    static SourceCsv open(Path file, String... required) throws CalibrationInputException {
        if (!Files.isRegularFile(file)) {
            throw new CalibrationInputException(file + " does not exist or is not a file. Check the path, or pass"
                    + " the file with its option (see calibrate derive --help).");
        }
        SourceCsv csv;
        try {
            Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
            csv = new SourceCsv(file, CSVParser.parse(reader, FORMAT));
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            throw new CalibrationInputException(file + " cannot be read as CSV: " + e.getMessage());
        }
        for (String name : required) {
            if (!csv.columns.containsKey(name)) {
                csv.close();
                throw new CalibrationInputException(file + ":1: the header has no column " + name
                        + ". The columns are " + String.join(",", csv.columns.keySet()) + ".");
            }
        }
        return csv;
    }

    /** Returns true when the header names {@code column}. */
    boolean hasColumn(String column) {
        return columns.containsKey(column);
    }

    /** Moves to the next record; returns false at the end of the file. */
    boolean next() throws CalibrationInputException {
        try {
            if (!records.hasNext()) {
                return false;
            }
            record = records.next();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new CalibrationInputException(file + ":" + (line + 1) + ": invalid CSV: " + e.getMessage());
        }
        // The parser counts the lines read so far, which ends with this record's line.
        line = parser.getCurrentLineNumber();
        return true;
    }

    long line() {
        return line;
    }

    String text(String column) throws CalibrationInputException {
        Integer index = columns.get(column);
        if (index == null || index >= record.size()) {
            throw invalid(column, "", "is missing: the row has " + record.size() + " cells.");
        }
        return record.get(index);
    }

    double number(String column) throws CalibrationInputException {
        String value = text(column);
        try {
            double number = Double.parseDouble(value);
            if (Double.isFinite(number)) {
                return number;
            }
        } catch (NumberFormatException e) {
            // Reported below with the line and column.
        }
        throw invalid(column, value, "is not a finite number.");
    }

    int integer(String column) throws CalibrationInputException {
        String value = text(column);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw invalid(column, value, "is not an integer.");
        }
    }

    LocalDateTime dateTime(String column) throws CalibrationInputException {
        String value = text(column);
        try {
            return LocalDateTime.parse(value, DATE_TIME);
        } catch (DateTimeParseException e) {
            throw invalid(column, value, "is not a date and time of the form 2019-03-23 20:21:09.");
        }
    }

    LocalDate date(String column) throws CalibrationInputException {
        String value = text(column);
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw invalid(column, value, "is not a date of the form 2017-03-15.");
        }
    }

    /** Returns an error about the value of {@code column} in the current record. */
    CalibrationInputException invalid(String column, String value, String reason) {
        return new CalibrationInputException(file + ":" + line + ": column " + column + " = \"" + value + "\" "
                + reason);
    }

    String fileName() {
        return file.getFileName().toString();
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
