package org.ridegrid.replay;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The centroid of each taxi zone, read from a CSV with the columns LocationID, lat and lon (also
 * accepted: latitude, longitude), as the NYC TLC zone centroid files give them.
 */
final class TaxiZones {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();

    private final Map<Integer, double[]> centroids;

    private TaxiZones(Map<Integer, double[]> centroids) {
        this.centroids = centroids;
    }

    /** Reads a zone file; every row must have a whole zone id and a valid latitude and longitude. */
    static TaxiZones read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(reader, FORMAT)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw new TripFileException(file + ": the zone file is empty. It needs a header with LocationID, lat and lon.");
            }
            List<String> header = records.next().toList();
            int id = column(file, header, "locationid");
            int lat = column(file, header, "lat", "latitude");
            int lon = column(file, header, "lon", "longitude");
            Map<Integer, double[]> centroids = new HashMap<>();
            while (true) {
                long line = parser.getCurrentLineNumber() + 1;
                if (!records.hasNext()) {
                    break;
                }
                CSVRecord record = records.next();
                int zone = zoneId(file, line, header, record, id);
                double latitude = coordinate(file, line, header, record, lat, 90);
                double longitude = coordinate(file, line, header, record, lon, 180);
                if (centroids.put(zone, new double[] {latitude, longitude}) != null) {
                    throw new TripFileException(file + ":" + line + ": column " + header.get(id) + " = " + zone
                            + " is invalid: the zone is listed twice. Keep one row per zone.");
                }
            }
            return new TaxiZones(centroids);
        } catch (NoSuchFileException e) {
            throw new TripFileException(file + ": the zone file does not exist. Check the --zones path.");
        } catch (IOException | UncheckedIOException e) {
            throw new TripFileException(file + ": the zone file cannot be read: " + e.getMessage(), e);
        }
    }

    /** Returns {latitude, longitude} of a zone's centroid, or null for a zone not in the file. */
    double[] centroid(int zone) {
        return centroids.get(zone);
    }

    int size() {
        return centroids.size();
    }

    private static int column(Path file, List<String> header, String... names) {
        for (int i = 0; i < header.size(); i++) {
            String written = header.get(i).trim().toLowerCase(Locale.ROOT);
            for (String name : names) {
                if (written.equals(name)) {
                    return i;
                }
            }
        }
        throw new TripFileException(file + ":1: the zone file has no column " + names[0] + ". It needs LocationID, lat"
                + " and lon; its header is: " + String.join(", ", header) + ".");
    }

    private static int zoneId(Path file, long line, List<String> header, CSVRecord record, int column) {
        String text = field(record, column);
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw invalid(file, line, header.get(column), text, "must be a whole zone number");
        }
    }

    private static double coordinate(Path file, long line, List<String> header, CSVRecord record, int column, double limit) {
        String text = field(record, column);
        double value = FieldText.number(text);
        if (!(Math.abs(value) <= limit)) {
            throw invalid(file, line, header.get(column), text, "must be a number of degrees from -" + (int) limit
                    + " to " + (int) limit);
        }
        return value;
    }

    private static String field(CSVRecord record, int column) {
        return column < record.size() ? record.get(column).trim() : "";
    }

    private static TripFileException invalid(Path file, long line, String column, String value, String requirement) {
        return new TripFileException(file + ":" + line + ": column " + column + " = \"" + value + "\" is invalid: "
                + requirement + ". Fix the zone file.");
    }
}
