package org.ridegrid.replay;

import java.nio.file.Path;

import org.apache.commons.csv.CSVRecord;
import org.ridegrid.city.GeoProjection;
import org.ridegrid.replay.TripLayout.LocationKind;
import org.ridegrid.scenario.CitySpec;

/**
 * Turns the location fields of a row into origin and destination cells: coordinates through the
 * city's {@link GeoProjection}, TLC zone ids through their centroids and then the projection, and
 * cells as given.
 */
final class RowLocations {
    private final TripLayout layout;
    private final GeoProjection projection;
    private final TaxiZones zones;
    private final int width;
    private final int height;
    private final double[] values = new double[4];

    private RowLocations(TripLayout layout, GeoProjection projection, TaxiZones zones, int width, int height) {
        this.layout = layout;
        this.projection = projection;
        this.zones = zones;
        this.width = width;
        this.height = height;
    }

    /** Checks that the city and the zone file give what the layout needs. */
    static RowLocations of(Path file, TripLayout layout, TaxiZones zones, CitySpec city) {
        if (layout.needsAnchor() && city.anchor() == null) {
            throw new TripFileException(file + ": the " + layout.format().key() + " rows give places by "
                    + (layout.locationKind() == LocationKind.ZONES ? "taxi zone" : "latitude and longitude")
                    + ", but the scenario has no city.anchor to place the grid on the map. Set city.anchor.latitude and"
                    + " city.anchor.longitude to the grid centre, in the scenario file or with --set.");
        }
        if (layout.locationKind() == LocationKind.ZONES && zones == null) {
            int[] columns = layout.locationColumns();
            throw new TripFileException(file + ": the rows give taxi zone ids in " + layout.name(columns[0]) + " and "
                    + layout.name(columns[1]) + ". Pass --zones FILE, a CSV of zone centroids with the columns"
                    + " LocationID, lat and lon.");
        }
        GeoProjection projection = layout.needsAnchor() ? GeoProjection.of(city) : null;
        return new RowLocations(layout, projection, zones, city.widthCells(), city.heightCells());
    }

    /**
     * Writes the origin and destination cells of a row into {@code cells} and returns null, or returns
     * why the row cannot be used. A missing field is reported before an invalid one, and both before
     * a place outside the grid.
     */
    SkipReason read(CSVRecord record, int[] cells) {
        int[] columns = layout.locationColumns();
        for (int column : columns) {
            if (record.get(column).isBlank()) {
                return SkipReason.MISSING_LOCATION;
            }
        }
        for (int i = 0; i < columns.length; i++) {
            values[i] = FieldText.number(record.get(columns[i]).trim());
            if (Double.isNaN(values[i])) {
                return SkipReason.INVALID_LOCATION;
            }
        }
        return switch (layout.locationKind()) {
            case COORDINATES -> coordinates(values[0], values[1], values[2], values[3], cells);
            case ZONES -> zones(cells);
            case CELLS -> gridCells(cells);
        };
    }

    private SkipReason coordinates(double originLat, double originLon, double destinationLat, double destinationLon,
            int[] cells) {
        if (!isLatLon(originLat, originLon) || !isLatLon(destinationLat, destinationLon)) {
            return SkipReason.INVALID_LOCATION;
        }
        cells[0] = projection.cell(originLat, originLon);
        if (cells[0] == GeoProjection.OUTSIDE) {
            return SkipReason.ORIGIN_OUTSIDE_GRID;
        }
        cells[1] = projection.cell(destinationLat, destinationLon);
        if (cells[1] == GeoProjection.OUTSIDE) {
            return SkipReason.DESTINATION_OUTSIDE_GRID;
        }
        return null;
    }

    private SkipReason zones(int[] cells) {
        if (!isWhole(values[0]) || !isWhole(values[1])) {
            return SkipReason.INVALID_LOCATION;
        }
        double[] origin = zones.centroid((int) values[0]);
        double[] destination = zones.centroid((int) values[1]);
        if (origin == null || destination == null) {
            return SkipReason.UNKNOWN_ZONE;
        }
        return coordinates(origin[0], origin[1], destination[0], destination[1], cells);
    }

    private SkipReason gridCells(int[] cells) {
        for (double value : values) {
            if (!isWhole(value)) {
                return SkipReason.INVALID_LOCATION;
            }
        }
        if (!inGrid(values[0], values[1])) {
            return SkipReason.ORIGIN_OUTSIDE_GRID;
        }
        if (!inGrid(values[2], values[3])) {
            return SkipReason.DESTINATION_OUTSIDE_GRID;
        }
        cells[0] = (int) values[1] * width + (int) values[0];
        cells[1] = (int) values[3] * width + (int) values[2];
        return null;
    }

    private boolean inGrid(double x, double y) {
        return x >= 0 && y >= 0 && x < width && y < height;
    }

    private static boolean isLatLon(double latitude, double longitude) {
        return Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180;
    }

    /** Returns true for a whole number that fits an int, such as a zone id or a cell column. */
    private static boolean isWhole(double value) {
        return value == Math.rint(value) && Math.abs(value) < Integer.MAX_VALUE;
    }
}
