package org.ridegrid.replay;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.ridegrid.scenario.CitySpec;

/**
 * Reads a trip file row by row and returns the rows whose fields are valid and whose pickup and
 * drop-off lie in the grid. Every other data row is counted in the {@link SkipTally} with its
 * reason. Only the current row is held in memory. Blank lines are not rows and are passed over.
 */
final class TripFileReader implements AutoCloseable {
    /** Blank lines are kept as records so that every record's line number can be counted. */
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

    private final Path file;
    private final TripLayout layout;
    private final RowLocations locations;
    private final SkipTally skipped;
    private final Reader reader;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    /** Origin and destination cell of the row being read. */
    private final int[] cells = new int[2];
    private long rowsRead;

    private TripFileReader(Path file, TripLayout layout, RowLocations locations, SkipTally skipped, Reader reader,
            CSVParser parser, Iterator<CSVRecord> records) {
        this.file = file;
        this.layout = layout;
        this.locations = locations;
        this.skipped = skipped;
        this.reader = reader;
        this.parser = parser;
        this.records = records;
    }

    /**
     * Opens a trip file and finds its layout from the header. {@code format} null detects the format.
     * Fails when the header does not fit, when the rows give places on the Earth and the city has no
     * anchor, or when they give zone ids and {@code zones} is null.
     */
    static TripFileReader open(Path file, TripFormat format, TaxiZones zones, CitySpec city, SkipTally skipped) {
        Reader reader = openReader(file);
        try {
            CSVParser parser = CSVParser.parse(reader, FORMAT);
            Iterator<CSVRecord> records = parser.iterator();
            if (!hasNext(file, 1, records)) {
                throw new TripFileException(file + ": the trip file is empty. It needs a header line; docs/replay.md"
                        + " lists the columns of each format.");
            }
            List<String> header = stripByteOrderMark(new ArrayList<>(records.next().toList()));
            TripLayout layout = TripColumns.find(header, format);
            if (layout == null) {
                throw new TripFileException(headerProblem(file, header, format));
            }
            RowLocations locations = RowLocations.of(file, layout, zones, city);
            return new TripFileReader(file, layout, locations, skipped, reader, parser, records);
        } catch (IOException e) {
            closeQuietly(reader);
            throw new TripFileException(file + ": the trip file cannot be read: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(reader);
            throw e;
        }
    }

    TripLayout layout() {
        return layout;
    }

    /** Returns the data rows read so far, valid or not; blank lines are not counted. */
    long rowsRead() {
        return rowsRead;
    }

    /** Returns the next valid row inside the grid, or null at the end of the file. */
    TripRow next() {
        while (true) {
            long line = parser.getCurrentLineNumber() + 1;
            if (!hasNext(file, line, records)) {
                return null;
            }
            CSVRecord record = records.next();
            if (record.size() == 1 && record.get(0).isBlank()) {
                continue;
            }
            rowsRead++;
            TripRow row = parse(record, line);
            if (row != null) {
                return row;
            }
        }
    }

    /** Returns the row, or null after counting why it is skipped. */
    private TripRow parse(CSVRecord record, long line) {
        if (record.size() != layout.columnNames().size()) {
            skipped.add(SkipReason.MALFORMED_ROW, line);
            return null;
        }
        String timeText = record.get(layout.timeColumn()).trim();
        if (timeText.isEmpty()) {
            skipped.add(SkipReason.MISSING_TIME, line);
            return null;
        }
        boolean wallClock = true;
        double seconds;
        switch (layout.timeKind()) {
            case EPOCH_OR_WALL_CLOCK -> seconds = FieldText.isDateTime(timeText)
                    ? FieldText.wallClockSeconds(timeText) : FieldText.epochSeconds(timeText);
            case SECONDS_OR_WALL_CLOCK -> {
                wallClock = FieldText.isDateTime(timeText);
                seconds = wallClock ? FieldText.wallClockSeconds(timeText) : FieldText.number(timeText);
            }
            default -> seconds = FieldText.wallClockSeconds(timeText);
        }
        if (Double.isNaN(seconds) || (!wallClock && seconds < 0)) {
            skipped.add(SkipReason.INVALID_TIME, line);
            return null;
        }
        SkipReason locationProblem = locations.read(record, cells);
        if (locationProblem != null) {
            skipped.add(locationProblem, line);
            return null;
        }
        return new TripRow(line, seconds, wallClock, cells[0], cells[1]);
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new TripFileException(file + ": the trip file cannot be closed: " + e.getMessage(), e);
        }
    }

    private static Reader openReader(Path file) {
        try {
            return Files.newBufferedReader(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new TripFileException(file + ": the trip file does not exist. Check the --trips path.");
        } catch (AccessDeniedException e) {
            throw new TripFileException(file + ": the trip file cannot be read: permission denied.");
        } catch (IOException e) {
            String reason = Files.isDirectory(file) ? "it is a folder, not a file." : e.getMessage();
            throw new TripFileException(file + ": the trip file cannot be read: " + reason, e);
        }
    }

    /**
     * Parses the record that starts at {@code line}, turning a CSV syntax error such as an unclosed
     * quote into a message with that line.
     */
    private static boolean hasNext(Path file, long line, Iterator<CSVRecord> records) {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            throw new TripFileException(file + ":" + line + ": the trip file is not valid"
                    + " CSV (" + e.getCause().getMessage() + "). Close the quoted field, or remove the stray quote.", e);
        }
    }

    private static List<String> stripByteOrderMark(List<String> header) {
        if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
            header.set(0, header.get(0).substring(1));
        }
        return header;
    }

    private static String headerProblem(Path file, List<String> header, TripFormat format) {
        String written = String.join(", ", header);
        if (format != null) {
            return file + ":1: the header does not have the columns of the " + format.key() + " format, which needs "
                    + TripColumns.describe(format) + ". The header is: " + written + ". Check --trips-format.";
        }
        return file + ":1: the trip file format cannot be detected from the header: " + written + ". docs/replay.md lists"
                + " the columns of each format; rename the columns, or choose a format with --trips-format.";
    }

    private static void closeQuietly(Reader reader) {
        try {
            reader.close();
        } catch (IOException e) {
            // The open already failed with its own message; a failed close adds nothing to it.
        }
    }
}
