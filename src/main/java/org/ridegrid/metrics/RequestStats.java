package org.ridegrid.metrics;

import java.util.EnumMap;
import java.util.Map;

import org.ridegrid.city.SimCalendar;
import org.ridegrid.demand.RejectReason;
import org.ridegrid.demand.Request;
import org.ridegrid.model.SimulationListener;
import org.ridegrid.model.Vehicle;

/**
 * Request outcomes and rider waits for the whole run, overall and by commute peak. A request
 * belongs to the peak period of its request time.
 */
public final class RequestStats implements SimulationListener {
    /** Widest wait the histograms resolve; longer waits are counted in the last bin. */
    static final double MAX_WAIT_SECONDS = 6 * 3600.0;

    private final SimCalendar calendar;
    private long created;
    private long served;
    private long abandoned;
    private long pricedOut;
    private long pickedUp;
    private long pickedUpWithin5;
    private long pickedUpWithin10;
    private double rideSeconds;
    private final Map<RejectReason, Long> rejected = new EnumMap<>(RejectReason.class);
    private final WaitHistogram waits = new WaitHistogram(MAX_WAIT_SECONDS);
    private final Map<PeakPeriod, long[]> peakCounts = new EnumMap<>(PeakPeriod.class);
    private final Map<PeakPeriod, WaitHistogram> peakWaits = new EnumMap<>(PeakPeriod.class);

    public RequestStats(SimCalendar calendar) {
        this.calendar = calendar;
        for (RejectReason reason : RejectReason.values()) {
            rejected.put(reason, 0L);
        }
        for (PeakPeriod period : PeakPeriod.values()) {
            peakCounts.put(period, new long[2]);
            peakWaits.put(period, new WaitHistogram(MAX_WAIT_SECONDS));
        }
    }

    @Override
    public void requestCreated(Request request) {
        created++;
        peakCounts.get(PeakPeriod.of(calendar, request.requestTime()))[0]++;
    }

    @Override
    public void requestRejected(Request request) {
        rejected.merge(request.rejectReason(), 1L, Long::sum);
    }

    @Override
    public void requestPricedOut(Request request) {
        pricedOut++;
    }

    @Override
    public void riderPickedUp(Request request, Vehicle vehicle, double time) {
        double wait = request.waitSeconds();
        pickedUp++;
        waits.add(wait);
        peakWaits.get(PeakPeriod.of(calendar, request.requestTime())).add(wait);
        if (wait <= 300.0) {
            pickedUpWithin5++;
        }
        if (wait <= 600.0) {
            pickedUpWithin10++;
        }
    }

    @Override
    public void riderDroppedOff(Request request, Vehicle vehicle, double time) {
        served++;
        rideSeconds += time - request.pickupTime();
    }

    @Override
    public void requestAbandoned(Request request, double tripSeconds, double time) {
        abandoned++;
        peakCounts.get(PeakPeriod.of(calendar, request.requestTime()))[1]++;
    }

    public long created() {
        return created;
    }

    public long served() {
        return served;
    }

    public long abandoned() {
        return abandoned;
    }

    public long pricedOut() {
        return pricedOut;
    }

    public long rejected() {
        long total = 0;
        for (long count : rejected.values()) {
            total += count;
        }
        return total;
    }

    public long rejected(RejectReason reason) {
        return rejected.get(reason);
    }

    /** Returns the requests neither served, abandoned, rejected nor priced out: waiting, assigned or on board. */
    public long open() {
        return created - served - abandoned - rejected() - pricedOut;
    }

    public long pickedUp() {
        return pickedUp;
    }

    public long pickedUpWithin5Minutes() {
        return pickedUpWithin5;
    }

    public long pickedUpWithin10Minutes() {
        return pickedUpWithin10;
    }

    /** Returns the summed pickup-to-drop-off time of the served riders, in seconds. */
    public double rideSeconds() {
        return rideSeconds;
    }

    public WaitHistogram waits() {
        return waits;
    }

    public long peakRequests(PeakPeriod period) {
        return peakCounts.get(period)[0];
    }

    public long peakAbandoned(PeakPeriod period) {
        return peakCounts.get(period)[1];
    }

    public WaitHistogram peakWaits(PeakPeriod period) {
        return peakWaits.get(period);
    }
}
