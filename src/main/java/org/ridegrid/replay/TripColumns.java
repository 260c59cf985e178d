package org.ridegrid.replay;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.ridegrid.replay.TripLayout.LocationKind;
import org.ridegrid.replay.TripLayout.TimeKind;

/**
 * The column names of each trip file format, and the search of a header for them. Names are
 * matched without regard to case or surrounding spaces. Where a format accepts several names for a
 * column, the first one in the header wins.
 */
final class TripColumns {
    /** One way a format can be laid out: a time column and a set of location columns. */
    private record Variant(TripFormat format, TimeKind timeKind, List<String> timeNames, LocationKind locationKind,
            List<List<String>> locationNames) {
    }

    private static final List<String> LAT_LON_PICKUP_DROPOFF = List.of(
            "pickup_latitude", "pickup_longitude", "dropoff_latitude", "dropoff_longitude");

    /** Variants in the order auto detection tries them; the first whose columns are all present wins. */
    private static final List<Variant> VARIANTS = List.of(
            new Variant(TripFormat.CHICAGO, TimeKind.EPOCH_OR_WALL_CLOCK, List.of("trip_start_timestamp"),
                    LocationKind.COORDINATES, single(LAT_LON_PICKUP_DROPOFF)),
            new Variant(TripFormat.NYC_TLC, TimeKind.WALL_CLOCK,
                    List.of("pickup_datetime", "tpep_pickup_datetime", "lpep_pickup_datetime"),
                    LocationKind.COORDINATES, single(LAT_LON_PICKUP_DROPOFF)),
            new Variant(TripFormat.NYC_TLC, TimeKind.WALL_CLOCK,
                    List.of("pickup_datetime", "tpep_pickup_datetime", "lpep_pickup_datetime"),
                    LocationKind.ZONES, List.of(
                            List.of("pickup_location_id", "PULocationID"),
                            List.of("dropoff_location_id", "DOLocationID"))),
            new Variant(TripFormat.RIDEAUSTIN, TimeKind.WALL_CLOCK, List.of("request_time"),
                    LocationKind.COORDINATES, single(List.of("pickup_lat", "pickup_lon", "dropoff_lat", "dropoff_lon"))),
            new Variant(TripFormat.GENERIC, TimeKind.SECONDS_OR_WALL_CLOCK, List.of("request_time"),
                    LocationKind.COORDINATES,
                    single(List.of("origin_lat", "origin_lon", "destination_lat", "destination_lon"))),
            new Variant(TripFormat.GENERIC, TimeKind.SECONDS_OR_WALL_CLOCK, List.of("request_time"),
                    LocationKind.CELLS, single(List.of("origin_x", "origin_y", "destination_x", "destination_y"))));

    private TripColumns() {
    }

    /**
     * Finds the layout of a header: of {@code format}, or of the first format that fits when
     * {@code format} is null. Returns null when no variant fits.
     */
    static TripLayout find(List<String> header, TripFormat format) {
        for (Variant variant : VARIANTS) {
            if (format != null && variant.format() != format) {
                continue;
            }
            TripLayout layout = match(variant, header);
            if (layout != null) {
                return layout;
            }
        }
        return null;
    }

    /** Describes the columns a format needs, for messages, as in "request_time and either ... or ...". */
    static String describe(TripFormat format) {
        List<Variant> variants = VARIANTS.stream().filter(v -> v.format() == format).toList();
        String time = alternatives(variants.get(0).timeNames());
        List<String> locations = variants.stream()
                .map(v -> v.locationNames().stream().map(TripColumns::alternatives).collect(Collectors.joining(", ")))
                .toList();
        return time + " and " + (locations.size() == 1 ? locations.get(0) : "either " + String.join(" or ", locations));
    }

    private static TripLayout match(Variant variant, List<String> header) {
        int time = indexOf(header, variant.timeNames());
        if (time < 0) {
            return null;
        }
        int[] locations = new int[variant.locationNames().size()];
        for (int i = 0; i < locations.length; i++) {
            locations[i] = indexOf(header, variant.locationNames().get(i));
            if (locations[i] < 0) {
                return null;
            }
        }
        return new TripLayout(variant.format(), variant.timeKind(), variant.locationKind(), time, locations,
                List.copyOf(header));
    }

    /** Returns the index of the first header column that has one of the names, or -1. */
    private static int indexOf(List<String> header, List<String> names) {
        for (int column = 0; column < header.size(); column++) {
            String written = header.get(column).trim().toLowerCase(Locale.ROOT);
            for (String name : names) {
                if (written.equals(name.toLowerCase(Locale.ROOT))) {
                    return column;
                }
            }
        }
        return -1;
    }

    private static String alternatives(List<String> names) {
        return names.size() == 1 ? names.get(0) : names.get(0) + " (or " + String.join(", ", names.subList(1, names.size())) + ")";
    }

    /** Wraps each name as a column with a single accepted name. */
    private static List<List<String>> single(List<String> names) {
        List<List<String>> columns = new ArrayList<>();
        for (String name : names) {
            columns.add(List.of(name));
        }
        return columns;
    }
}
