package org.ridegrid.calibrate;

/** Names of the source data sets, as the derived files cite them. */
final class CalibrationSources {
    static final String CHICAGO = "City of Chicago Data Portal, Transportation Network Providers - Trips,"
            + " hourly aggregates by tomslee/ridehail-chicago";
    static final String NYC_TRIPS = "NYC Taxi and Limousine Commission trip records, yellow taxis"
            + " (random samples)";
    static final String NYC_DAILY = "NYC Taxi and Limousine Commission trip records, daily trips by company"
            + " compiled by toddwschneider/nyc-taxi-data";
    static final String RIDEAUSTIN = "RideAustin open trip data via CityofToronto/bdit_triplinker";
    static final String NHTS = "2009 National Household Travel Survey (US DOT FHWA), California trips"
            + " via apalom/NHTS_Analysis";

    private CalibrationSources() {
    }
}
