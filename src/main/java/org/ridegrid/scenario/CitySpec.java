package org.ridegrid.scenario;

import java.util.List;

/**
 * The grid city: square cells, concentric zones around the grid centre, and congestion factors
 * that multiply every zone's free-flow speed by hour of day. {@code anchor} places the grid on the
 * Earth; it is null when the scenario sets no {@code city.anchor}.
 */
public record CitySpec(
        int widthCells,
        int heightCells,
        double cellMiles,
        List<ZoneSpec> zones,
        HourProfile weekdayCongestion,
        HourProfile weekendCongestion,
        AnchorSpec anchor) {

    public CitySpec {
        zones = List.copyOf(zones);
    }

    /** Creates a city that is not placed on the Earth. */
    public CitySpec(int widthCells, int heightCells, double cellMiles, List<ZoneSpec> zones,
            HourProfile weekdayCongestion, HourProfile weekendCongestion) {
        this(widthCells, heightCells, cellMiles, zones, weekdayCongestion, weekendCongestion, null);
    }
}
