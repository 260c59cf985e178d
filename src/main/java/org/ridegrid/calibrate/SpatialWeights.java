package org.ridegrid.calibrate;

import java.nio.file.Path;
import java.time.LocalDateTime;

/**
 * Derives per-cell origin and destination weights from trips with pickup and drop-off coordinates:
 * each pickup adds 1 to the weight of its cell, and each drop-off to the destination weight of its
 * cell. Points outside the grid are counted and left out.
 */
public final class SpatialWeights {
    private static final java.time.format.DateTimeFormatter MINUTES =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private SpatialWeights() {
    }

    /**
     * @param origins pickups per cell, indexed {@code y * width + x}
     * @param destinations drop-offs per cell
     * @param trips trips read
     * @param originsOutside pickups outside the grid
     * @param destinationsOutside drop-offs outside the grid
     * @param dateRange the first and last pickup time, as text for file headers
     */
    public record Result(long[] origins, long[] destinations, int trips, int originsOutside, int destinationsOutside,
            String dateRange) {
        public Result {
            origins = origins.clone();
            destinations = destinations.clone();
        }

        @Override
        public long[] origins() {
            return origins.clone();
        }

        @Override
        public long[] destinations() {
            return destinations.clone();
        }
    }

    /** Reads pickup_lat, pickup_lon, dropoff_lat, dropoff_lon and pickup_time of a RideAustin trip file. */
    public static Result fromRideAustin(Path file, GridFrame frame) throws CalibrationInputException {
        long[] origins = new long[frame.width() * frame.height()];
        long[] destinations = new long[origins.length];
        int trips = 0;
        int originsOutside = 0;
        int destinationsOutside = 0;
        LocalDateTime first = null;
        LocalDateTime last = null;
        try (SourceCsv csv = SourceCsv.open(file, "pickup_time", "pickup_lat", "pickup_lon", "dropoff_lat", "dropoff_lon")) {
            while (csv.next()) {
                int origin = frame.cellOf(latitude(csv, "pickup_lat"), longitude(csv, "pickup_lon"));
                int destination = frame.cellOf(latitude(csv, "dropoff_lat"), longitude(csv, "dropoff_lon"));
                LocalDateTime pickup = csv.dateTime("pickup_time");
                first = first == null || pickup.isBefore(first) ? pickup : first;
                last = last == null || pickup.isAfter(last) ? pickup : last;
                trips++;
                if (origin >= 0) {
                    origins[origin]++;
                } else {
                    originsOutside++;
                }
                if (destination >= 0) {
                    destinations[destination]++;
                } else {
                    destinationsOutside++;
                }
            }
        }
        if (trips == originsOutside || trips == destinationsOutside) {
            throw new CalibrationInputException(file + ": none of its " + trips + " trips starts or ends inside the grid."
                    + " Check the reference point (--reference) and the grid size.");
        }
        return new Result(origins, destinations, trips, originsOutside, destinationsOutside,
                "pickups from " + first.format(MINUTES) + " to " + last.format(MINUTES));
    }

    private static double latitude(SourceCsv csv, String column) throws CalibrationInputException {
        double value = csv.number(column);
        if (value < -90 || value > 90) {
            throw csv.invalid(column, csv.text(column), "is not a latitude from -90 to 90.");
        }
        return value;
    }

    private static double longitude(SourceCsv csv, String column) throws CalibrationInputException {
        double value = csv.number(column);
        if (value < -180 || value > 180) {
            throw csv.invalid(column, csv.text(column), "is not a longitude from -180 to 180.");
        }
        return value;
    }
}
