package org.ridegrid.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ridegrid.city.GeoProjection;
import org.ridegrid.demand.DemandRecord;
import org.ridegrid.replay.ReplayFixtures.Replayed;
import org.ridegrid.scenario.Scenario;

/** Each format's columns and times, read from a few hand-written rows. */
class TripFormatsTest {
    @TempDir
    Path folder;

    private static int cell(Scenario scenario, double latitude, double longitude) {
        return GeoProjection.of(scenario.city()).cell(latitude, longitude);
    }

    private static void assertRecord(DemandRecord record, double time, int origin, int destination) {
        assertEquals(time, record.time(), 1e-6, "time");
        assertEquals(origin, record.origin(), "origin");
        assertEquals(destination, record.destination(), "destination");
    }

    @Test
    void rideAustinRows() throws Exception {
        Scenario scenario = ReplayFixtures.austin();
        Path file = ReplayFixtures.write(folder, "austin.csv",
                "ride_id,driver_id,request_time,driver_accept_time,pickup_lat,pickup_lon,dropoff_lat,dropoff_lon",
                "1,7,2017-03-15 09:00:06,2017-03-15 09:00:08,30.282,-97.747,30.264,-97.745",
                "2,8,2017-03-15 23:59:59,2017-03-15 23:59:59,30.266,-97.740,30.270,-97.730");
        Replayed replayed = ReplayFixtures.replay(file, null, null, scenario);
        assertEquals(TripFormat.RIDEAUSTIN, replayed.report().format());
        assertEquals(LocalDateTime.parse("2017-03-15T00:00"), replayed.report().timeZero());
        assertEquals(2, replayed.records().size());
        assertRecord(replayed.records().get(0), 9 * 3600 + 6,
                cell(scenario, 30.282, -97.747), cell(scenario, 30.264, -97.745));
        assertRecord(replayed.records().get(1), 86_399,
                cell(scenario, 30.266, -97.740), cell(scenario, 30.270, -97.730));
    }

    @Test
    void nycZoneIdRows() throws Exception {
        Scenario scenario = ReplayFixtures.anchoredAt(ReplayFixtures.MANHATTAN_LATITUDE, ReplayFixtures.MANHATTAN_LONGITUDE);
        Path zones = ReplayFixtures.write(folder, "zones.csv",
                "LocationID,zone,borough,lon,lat",
                "161,Midtown Center,Manhattan,-73.977698,40.758028",
                "230,Times Sq/Theatre District,Manhattan,-73.984196,40.759818");
        Path file = ReplayFixtures.write(folder, "nyc.csv",
                "vendor_id,pickup_datetime,dropoff_datetime,passenger_count,pickup_location_id,dropoff_location_id",
                "1,2019-01-15 03:36:12,2019-01-15 03:42:19,1,230,161",
                "2,2019-01-15 04:00:00,2019-01-15 04:10:00,1,161,264");
        Replayed replayed = ReplayFixtures.replay(file, null, zones, scenario);
        assertEquals(TripFormat.NYC_TLC, replayed.report().format());
        assertEquals(1, replayed.records().size());
        assertRecord(replayed.records().get(0), 3 * 3600 + 36 * 60 + 12,
                cell(scenario, 40.759818, -73.984196), cell(scenario, 40.758028, -73.977698));
        assertEquals(1, replayed.report().skipped().count(SkipReason.UNKNOWN_ZONE));
        assertEquals(List.of(3L), replayed.report().skipped().firstLines(SkipReason.UNKNOWN_ZONE));
    }

    @Test
    void nycTlcColumnNames() throws Exception {
        Scenario scenario = ReplayFixtures.anchoredAt(ReplayFixtures.MANHATTAN_LATITUDE, ReplayFixtures.MANHATTAN_LONGITUDE);
        Path zones = ReplayFixtures.write(folder, "zones.csv",
                "LocationID,zone,borough,lon,lat",
                "161,Midtown Center,Manhattan,-73.977698,40.758028");
        Path file = ReplayFixtures.write(folder, "tlc.csv",
                "VendorID,tpep_pickup_datetime,tpep_dropoff_datetime,PULocationID,DOLocationID",
                "1,2019-03-23 20:21:09,2019-03-23 20:27:24,161,161");
        Replayed replayed = ReplayFixtures.replay(file, TripFormat.NYC_TLC, zones, scenario);
        assertEquals(1, replayed.records().size());
        int midtown = cell(scenario, 40.758028, -73.977698);
        assertRecord(replayed.records().get(0), 20 * 3600 + 21 * 60 + 9, midtown, midtown);
    }

    @Test
    void nycCoordinateRows() throws Exception {
        Scenario scenario = ReplayFixtures.anchoredAt(ReplayFixtures.MANHATTAN_LATITUDE, ReplayFixtures.MANHATTAN_LONGITUDE);
        Path file = ReplayFixtures.write(folder, "nyc2011.csv",
                "id,pickup_datetime,dropoff_datetime,pickup_longitude,pickup_latitude,dropoff_longitude,dropoff_latitude",
                "4,2011-01-19 07:00:00,2011-01-19 07:05:00,-73.953488,40.786618,-73.947217,40.779812");
        Replayed replayed = ReplayFixtures.replay(file, null, null, scenario);
        assertEquals(TripFormat.NYC_TLC, replayed.report().format());
        assertRecord(replayed.records().get(0), 7 * 3600,
                cell(scenario, 40.786618, -73.953488), cell(scenario, 40.779812, -73.947217));
    }

    @Test
    void chicagoEpochRows() throws Exception {
        Scenario scenario = ReplayFixtures.anchoredAt(41.89, -87.63);
        // 1400269500 read as UTC is 2014-05-16 19:45, the local Chicago time of the trip.
        Path file = ReplayFixtures.write(folder, "chicago.csv",
                "pickup_community_area,fare,trip_start_timestamp,pickup_latitude,pickup_longitude,dropoff_latitude,"
                        + "dropoff_longitude,company",
                "8,12.45,1400269500,41.899,-87.633,41.880,-87.632,\"Taxi Affiliation Services, LLC\"",
                "8,12.45,1400270400,,,41.880,-87.632,Flash Cab");
        Replayed replayed = ReplayFixtures.replay(file, null, null, scenario);
        assertEquals(TripFormat.CHICAGO, replayed.report().format());
        assertEquals(LocalDateTime.parse("2014-05-16T00:00"), replayed.report().timeZero());
        assertEquals(1, replayed.records().size());
        assertRecord(replayed.records().get(0), 19 * 3600 + 45 * 60,
                cell(scenario, 41.899, -87.633), cell(scenario, 41.880, -87.632));
        assertEquals(List.of(3L), replayed.report().skipped().firstLines(SkipReason.MISSING_LOCATION));
    }

    @Test
    void genericCoordinateRows() throws Exception {
        Scenario scenario = ReplayFixtures.austin();
        Path file = ReplayFixtures.write(folder, "generic.csv",
                "request_time,origin_lat,origin_lon,destination_lat,destination_lon",
                "2024-06-03T08:15:30,30.266,-97.740,30.280,-97.750",
                "2024-06-03 08:15:30.5,30.270,-97.745,30.266,-97.740");
        Replayed replayed = ReplayFixtures.replay(file, null, null, scenario);
        assertEquals(TripFormat.GENERIC, replayed.report().format());
        assertRecord(replayed.records().get(0), 8 * 3600 + 15 * 60 + 30,
                cell(scenario, 30.266, -97.740), cell(scenario, 30.280, -97.750));
        assertRecord(replayed.records().get(1), 8 * 3600 + 15 * 60 + 30.5,
                cell(scenario, 30.270, -97.745), cell(scenario, 30.266, -97.740));
    }

    @Test
    void genericCellRowsInSeconds() throws Exception {
        Scenario scenario = ReplayFixtures.withoutAnchor();
        Path file = ReplayFixtures.write(folder, "cells.csv",
                "request_time,origin_x,origin_y,destination_x,destination_y",
                "0,0,0,39,39",
                "3600.5,10,20,11,20");
        Replayed replayed = ReplayFixtures.replay(file, TripFormat.GENERIC, null, scenario);
        assertNull(replayed.report().timeZero());
        assertRecord(replayed.records().get(0), 0, 0, 39 * 40 + 39);
        assertRecord(replayed.records().get(1), 3600.5, 20 * 40 + 10, 20 * 40 + 11);
    }

    @Test
    void headerCaseAndOrderIgnored() throws Exception {
        Scenario scenario = ReplayFixtures.withoutAnchor();
        Path file = ReplayFixtures.write(folder, "cells.csv",
                "\uFEFFDestination_Y, Destination_X ,Origin_Y,Origin_X,Request_Time",
                "5,6,7,8,60");
        Replayed replayed = ReplayFixtures.replay(file, null, null, scenario);
        assertRecord(replayed.records().get(0), 60, 7 * 40 + 8, 5 * 40 + 6);
    }

    @Test
    void unknownHeaderRejected() throws Exception {
        Path file = ReplayFixtures.write(folder, "odd.csv", "when,from,to", "1,2,3");
        TripFileException error = assertThrows(TripFileException.class,
                () -> ReplayFixtures.replay(file, null, null, ReplayFixtures.austin()));
        assertTrue(error.getMessage().startsWith(file + ":1: the trip file format cannot be detected"), error.getMessage());
        assertTrue(error.getMessage().contains("when, from, to"), error.getMessage());
    }

    @Test
    void wrongFormatNamesColumns() throws Exception {
        Path file = ReplayFixtures.write(folder, "austin.csv",
                "request_time,pickup_lat,pickup_lon,dropoff_lat,dropoff_lon", "2017-03-15 09:00:06,30.2,-97.7,30.2,-97.7");
        TripFileException error = assertThrows(TripFileException.class,
                () -> ReplayFixtures.replay(file, TripFormat.CHICAGO, null, ReplayFixtures.austin()));
        assertTrue(error.getMessage().contains("chicago format, which needs trip_start_timestamp and pickup_latitude"),
                error.getMessage());
    }

    @Test
    void coordinatesNeedAnchor() throws Exception {
        Path file = ReplayFixtures.write(folder, "austin.csv",
                "request_time,pickup_lat,pickup_lon,dropoff_lat,dropoff_lon", "2017-03-15 09:00:06,30.2,-97.7,30.2,-97.7");
        TripFileException error = assertThrows(TripFileException.class,
                () -> ReplayFixtures.replay(file, null, null, ReplayFixtures.withoutAnchor()));
        assertTrue(error.getMessage().contains("no city.anchor"), error.getMessage());
        assertTrue(error.getMessage().contains("Set city.anchor.latitude and city.anchor.longitude"), error.getMessage());
    }

    @Test
    void zoneIdsNeedZoneFile() throws Exception {
        Scenario scenario = ReplayFixtures.anchoredAt(ReplayFixtures.MANHATTAN_LATITUDE, ReplayFixtures.MANHATTAN_LONGITUDE);
        Path file = ReplayFixtures.write(folder, "nyc.csv",
                "pickup_datetime,pickup_location_id,dropoff_location_id", "2019-01-15 03:36:12,230,161");
        TripFileException error = assertThrows(TripFileException.class,
                () -> ReplayFixtures.replay(file, null, null, scenario));
        assertTrue(error.getMessage().contains("Pass --zones FILE"), error.getMessage());
    }

    @Test
    void invalidZoneFileNamesLine() throws Exception {
        Scenario scenario = ReplayFixtures.anchoredAt(ReplayFixtures.MANHATTAN_LATITUDE, ReplayFixtures.MANHATTAN_LONGITUDE);
        Path zones = ReplayFixtures.write(folder, "zones.csv",
                "LocationID,zone,borough,lon,lat",
                "161,Midtown Center,Manhattan,-73.977698,40.758028",
                "230,Times Sq,Manhattan,-73.984196,north");
        TripFileException error = assertThrows(TripFileException.class,
                () -> new TripReplay(folder.resolve("any.csv"), null, zones, scenario));
        assertEquals(zones + ":3: column lat = \"north\" is invalid: must be a number of degrees from -90 to 90."
                + " Fix the zone file.", error.getMessage());
    }
}
