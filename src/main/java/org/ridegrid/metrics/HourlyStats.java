package org.ridegrid.metrics;

import java.util.Arrays;

import org.ridegrid.city.SimCalendar;
import org.ridegrid.demand.Request;
import org.ridegrid.energy.ChargingPad;
import org.ridegrid.model.EmptyReason;
import org.ridegrid.model.RideGridModel;
import org.ridegrid.model.SimulationListener;
import org.ridegrid.model.Vehicle;
import org.ridegrid.model.VehicleState;

/**
 * Per hour of the run and per fleet: vehicle-seconds in each state, miles by reason, pickups,
 * drop-offs and wait percentiles; and per hour for the whole city: requests, rejections,
 * abandonments and the vehicle deficit.
 *
 * <p>Each event counts in the hour it happens in. State time and miles of an interval that spans
 * hours are split across them in proportion to time. Wait percentiles of an hour are those of the
 * riders picked up in it. The state of charge is sampled at the start of each hour.
 */
public final class HourlyStats implements SimulationListener {
    private static final int STATES = VehicleState.count();
    private static final int MILES = VehicleStats.MILE_COLUMNS;

    private final RideGridModel model;
    private final int fleets;
    private final int hours;

    private final double[][] stateSeconds;
    private final double[][] miles;
    private final long[][] emptyReturnTrips;
    private final long[][] pickups;
    private final long[][] dropoffs;
    private final double[][] chargedKwh;
    private final double[][] meanSocShare;
    /** Wait percentiles per hour; row {@code fleets} is the whole city. Columns: p50, p90, p95. */
    private final double[][][] waitPercentiles;
    private final WaitHistogram[] currentWaits;
    private int currentHour;

    private final long[] requests;
    private final long[] rejected;
    private final long[] abandoned;
    private final long[] pricedOut;
    private final double[] abandonedTripSeconds;

    public HourlyStats(RideGridModel model, int fleets, int hours) {
        this.model = model;
        this.fleets = fleets;
        this.hours = hours;
        stateSeconds = new double[fleets][hours * STATES];
        miles = new double[fleets][hours * MILES];
        emptyReturnTrips = new long[fleets][hours];
        pickups = new long[fleets + 1][hours];
        dropoffs = new long[fleets][hours];
        chargedKwh = new double[fleets][hours];
        meanSocShare = new double[fleets][hours];
        waitPercentiles = new double[fleets + 1][hours][3];
        currentWaits = new WaitHistogram[fleets + 1];
        for (int i = 0; i <= fleets; i++) {
            currentWaits[i] = new WaitHistogram(RequestStats.MAX_WAIT_SECONDS);
            for (double[] row : waitPercentiles[i]) {
                Arrays.fill(row, Double.NaN);
            }
        }
        requests = new long[hours];
        rejected = new long[hours];
        abandoned = new long[hours];
        pricedOut = new long[hours];
        abandonedTripSeconds = new double[hours];
    }

    private int hourOf(double time) {
        return Math.min(hours - 1, (int) Math.floor(time / SimCalendar.SECONDS_PER_HOUR));
    }

    /** Adds {@code amount}, spread over [from, to) in proportion to time, to column {@code column} of each hour. */
    private void spread(double[] table, int stride, int column, double from, double to, double amount) {
        if (to <= from) {
            table[hourOf(from) * stride + column] += amount;
            return;
        }
        double t = from;
        while (t < to) {
            int hour = hourOf(t);
            double hourEnd = hour == hours - 1 ? to : Math.min(to, (hour + 1) * SimCalendar.SECONDS_PER_HOUR);
            table[hour * stride + column] += amount * (hourEnd - t) / (to - from);
            t = hourEnd;
        }
    }

    @Override
    public void stateInterval(Vehicle vehicle, VehicleState state, double from, double to) {
        spread(stateSeconds[vehicle.fleet().index()], STATES, state.ordinal(), from, to, to - from);
    }

    @Override
    public void legDriven(Vehicle vehicle, VehicleState state, EmptyReason reason, double legMiles, double kwh,
            double from, double to, boolean complete) {
        int fleet = vehicle.fleet().index();
        spread(miles[fleet], MILES, VehicleStats.mileColumn(reason), from, to, legMiles);
        if (vehicle.legIsEmptyReturn()) {
            emptyReturnTrips[fleet][hourOf(from)]++;
        }
    }

    @Override
    public void chargeDelivered(Vehicle vehicle, ChargingPad pad, double kwh, double from, double to,
            boolean complete) {
        spread(chargedKwh[vehicle.fleet().index()], 1, 0, from, to, kwh);
    }

    @Override
    public void requestCreated(Request request) {
        requests[hourOf(request.requestTime())]++;
    }

    @Override
    public void requestRejected(Request request) {
        rejected[hourOf(request.endTime())]++;
    }

    @Override
    public void requestPricedOut(Request request) {
        pricedOut[hourOf(request.endTime())]++;
    }

    @Override
    public void requestAbandoned(Request request, double tripSeconds, double time) {
        int hour = hourOf(time);
        abandoned[hour]++;
        abandonedTripSeconds[hour] += tripSeconds;
    }

    @Override
    public void riderPickedUp(Request request, Vehicle vehicle, double time) {
        closeHoursBefore(hourOf(time));
        int fleet = vehicle.fleet().index();
        pickups[fleet][hourOf(time)]++;
        pickups[fleets][hourOf(time)]++;
        currentWaits[fleet].add(request.waitSeconds());
        currentWaits[fleets].add(request.waitSeconds());
    }

    @Override
    public void riderDroppedOff(Request request, Vehicle vehicle, double time) {
        dropoffs[vehicle.fleet().index()][hourOf(time)]++;
    }

    @Override
    public void hourStarted(int hourIndex, double time) {
        closeHoursBefore(hourIndex);
        double[] socSum = new double[fleets];
        int[] count = new int[fleets];
        for (int v = 0; v < model.vehicleCount(); v++) {
            Vehicle vehicle = model.vehicle(v);
            socSum[vehicle.fleet().index()] += vehicle.battery().share();
            count[vehicle.fleet().index()]++;
        }
        for (int f = 0; f < fleets; f++) {
            meanSocShare[f][hourIndex] = count[f] == 0 ? Double.NaN : socSum[f] / count[f];
        }
    }

    @Override
    public void runEnded(double time) {
        closeHoursBefore(hours);
    }

    /** Stores the wait percentiles of every hour before {@code hour} not yet stored. */
    private void closeHoursBefore(int hour) {
        while (currentHour < hour) {
            for (int i = 0; i <= fleets; i++) {
                WaitHistogram waits = currentWaits[i];
                waitPercentiles[i][currentHour][0] = waits.percentile(0.50);
                waitPercentiles[i][currentHour][1] = waits.percentile(0.90);
                waitPercentiles[i][currentHour][2] = waits.percentile(0.95);
                waits.clear();
            }
            currentHour++;
        }
    }

    public int hours() {
        return hours;
    }

    public int fleets() {
        return fleets;
    }

    public double stateSeconds(int fleet, int hour, VehicleState state) {
        return stateSeconds[fleet][hour * STATES + state.ordinal()];
    }

    /** Returns the mean number of the fleet's vehicles in {@code state} during the hour. */
    public double meanVehicles(int fleet, int hour, VehicleState state) {
        return stateSeconds(fleet, hour, state) / SimCalendar.SECONDS_PER_HOUR;
    }

    public double miles(int fleet, int hour, int column) {
        return miles[fleet][hour * MILES + column];
    }

    public long emptyReturnTrips(int fleet, int hour) {
        return emptyReturnTrips[fleet][hour];
    }

    /** Returns pickups of the fleet in the hour; fleet index {@link #fleets()} gives the whole city. */
    public long pickups(int fleet, int hour) {
        return pickups[fleet][hour];
    }

    public long dropoffs(int fleet, int hour) {
        return dropoffs[fleet][hour];
    }

    public double chargedKwh(int fleet, int hour) {
        return chargedKwh[fleet][hour];
    }

    public double meanSocShare(int fleet, int hour) {
        return meanSocShare[fleet][hour];
    }

    /** Returns a wait percentile in seconds: column 0 = p50, 1 = p90, 2 = p95; NaN when nobody was picked up. */
    public double waitPercentile(int fleet, int hour, int column) {
        return waitPercentiles[fleet][hour][column];
    }

    public long requests(int hour) {
        return requests[hour];
    }

    public long rejected(int hour) {
        return rejected[hour];
    }

    public long abandoned(int hour) {
        return abandoned[hour];
    }

    public long pricedOut(int hour) {
        return pricedOut[hour];
    }

    /**
     * Returns the vehicle deficit of the hour: requests abandoned in it times their mean trip
     * duration, divided by the hour's length. An estimate of the extra vehicles the hour needed.
     */
    public double vehicleDeficit(int hour) {
        return abandonedTripSeconds[hour] / SimCalendar.SECONDS_PER_HOUR;
    }
}
