package org.ridegrid.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ridegrid.TestScenarios;
import org.ridegrid.metrics.HourlyStats;
import org.ridegrid.metrics.PeakPeriod;
import org.ridegrid.metrics.RunCollectors;
import org.ridegrid.metrics.VehicleStats;
import org.ridegrid.model.RideGridModel;
import org.ridegrid.model.VehicleState;

/** A two-week run of the tiny city: hourly tables add up to the totals, and Little's law holds. */
class RunTotalsTest {
    private static final double SUM_TOLERANCE = 1e-6;
    /** Relative gap allowed between L and lambda * W; only rides cut by the horizon separate them. */
    private static final double LITTLE_TOLERANCE = 0.01;

    private static RideGridModel model;
    private static RunCollectors collectors;

    @BeforeAll
    static void runTwoWeeks() {
        model = new RideGridModel(TestScenarios.tiny(3, 14));
        collectors = RunCollectors.attach(model, true);
        model.runToEnd();
    }

    @Test
    void hourlyStateTimeAddsUpToVehicleTotals() {
        HourlyStats hourly = collectors.hourly();
        VehicleStats vehicles = collectors.vehicles();
        for (VehicleState state : VehicleState.values()) {
            double byHour = 0;
            for (int hour = 0; hour < hourly.hours(); hour++) {
                byHour += hourly.stateSeconds(0, hour, state);
            }
            double byVehicle = 0;
            for (int v = 0; v < model.vehicleCount(); v++) {
                byVehicle += vehicles.stateSeconds(v, state);
            }
            assertEquals(byVehicle, byHour, SUM_TOLERANCE * Math.max(1, byVehicle), state.name());
        }
    }

    @Test
    void hourlyVehiclesAddUpToFleetSize() {
        HourlyStats hourly = collectors.hourly();
        for (int hour = 0; hour < hourly.hours(); hour++) {
            double vehicles = 0;
            for (VehicleState state : VehicleState.values()) {
                vehicles += hourly.meanVehicles(0, hour, state);
            }
            assertEquals(model.vehicleCount(), vehicles, SUM_TOLERANCE, "hour " + hour);
        }
    }

    @Test
    void hourlyMilesAddUpToVehicleTotals() {
        HourlyStats hourly = collectors.hourly();
        for (int column = 0; column < VehicleStats.MILE_COLUMNS; column++) {
            double byHour = 0;
            for (int hour = 0; hour < hourly.hours(); hour++) {
                byHour += hourly.miles(0, hour, column);
            }
            double byVehicle = 0;
            for (int v = 0; v < model.vehicleCount(); v++) {
                byVehicle += collectors.vehicles().miles(v, column);
            }
            assertEquals(byVehicle, byHour, SUM_TOLERANCE * Math.max(1, byVehicle), "miles column " + column);
        }
    }

    @Test
    void hourlyRequestsAddUpToTotal() {
        HourlyStats hourly = collectors.hourly();
        long requests = 0;
        long abandoned = 0;
        long pickups = 0;
        for (int hour = 0; hour < hourly.hours(); hour++) {
            requests += hourly.requests(hour);
            abandoned += hourly.abandoned(hour);
            pickups += hourly.pickups(hourly.fleets(), hour);
        }
        assertEquals(collectors.requests().created(), requests);
        assertEquals(collectors.requests().abandoned(), abandoned);
        assertEquals(collectors.requests().pickedUp(), pickups);
    }

    @Test
    void peakPeriodsPartitionRequests() {
        long total = 0;
        long abandoned = 0;
        for (PeakPeriod period : PeakPeriod.values()) {
            total += collectors.requests().peakRequests(period);
            abandoned += collectors.requests().peakAbandoned(period);
        }
        assertEquals(collectors.requests().created(), total);
        assertEquals(collectors.requests().abandoned(), abandoned);
    }

    @Test
    void littleLawHolds() {
        double occupiedSeconds = 0;
        for (int v = 0; v < model.vehicleCount(); v++) {
            occupiedSeconds += collectors.vehicles().stateSeconds(v, VehicleState.OCCUPIED);
        }
        double meanOccupied = occupiedSeconds / model.horizon();
        double arrivalRate = collectors.requests().served() / model.horizon();
        double meanRide = collectors.requests().rideSeconds() / collectors.requests().served();
        assertTrue(meanOccupied > 1.0, "the test needs a busy fleet, mean occupied " + meanOccupied);
        assertEquals(meanOccupied, arrivalRate * meanRide, LITTLE_TOLERANCE * meanOccupied);
    }

    @Test
    void occupiedStateMatchesRidesInVehicle() {
        long riders = 0;
        for (int v = 0; v < model.vehicleCount(); v++) {
            riders += collectors.vehicles().ridersServed(v);
        }
        assertEquals(collectors.requests().served(), riders);
    }
}
