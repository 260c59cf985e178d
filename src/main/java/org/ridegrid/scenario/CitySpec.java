package org.ridegrid.scenario;

import java.util.List;

/**
 * The grid city: square cells, concentric zones around the grid centre, and congestion factors
 * that multiply every zone's free-flow speed by hour of day.
 */
public record CitySpec(
        int widthCells,
        int heightCells,
        double cellMiles,
        List<ZoneSpec> zones,
        HourProfile weekdayCongestion,
        HourProfile weekendCongestion) {

    public CitySpec {
        zones = List.copyOf(zones);
    }
}
