package org.ridegrid.gui;

import java.awt.Color;

import org.ridegrid.city.GridCity;
import org.ridegrid.demand.Request;

/**
 * One rider's request as the view shows it: waiting, or fading out after giving up. The getters
 * are shown by MASON's inspector and read the request live.
 */
public final class RiderView {
    private final Request request;
    private final GridCity city;
    private final double offsetX;
    private final double offsetY;
    private Color shownColor;
    private double shownAlpha = 1.0;
    private double waitedSeconds;

    RiderView(Request request, GridCity city, double offsetX, double offsetY) {
        this.request = request;
        this.city = city;
        this.offsetX = offsetX;
        this.offsetY = offsetY;
    }

    /**
     * Sets the colour for {@code time}: by the share of {@code maxWaitSeconds} waited, and fading
     * over {@code fadeSeconds} once the rider gave up at {@code abandonedAt} (NaN while waiting).
     */
    void refresh(double time, double maxWaitSeconds, double abandonedAt, double fadeSeconds) {
        double end = Double.isNaN(abandonedAt) ? time : abandonedAt;
        waitedSeconds = end - request.requestTime();
        shownColor = ViewColors.riderWait(waitedSeconds / maxWaitSeconds);
        shownAlpha = Double.isNaN(abandonedAt) ? 1.0 : Math.max(0.0, 1.0 - (time - abandonedAt) / fadeSeconds);
    }

    double x() {
        return city.x(request.origin()) + 0.5 + offsetX;
    }

    double y() {
        return city.y(request.origin()) + 0.5 + offsetY;
    }

    Color shownColor() {
        return shownColor;
    }

    double shownAlpha() {
        return shownAlpha;
    }

    static String describe(GridCity city, Request request) {
        return "request " + request.id() + " from " + CellText.of(city, request.origin()) + " to "
                + CellText.of(city, request.destination()) + ", requested " + ClockText.dayAndTime(request.requestTime());
    }

    public long getId() {
        return request.id();
    }

    public String getStatus() {
        return request.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    public String getRequested() {
        return ClockText.dayAndTime(request.requestTime());
    }

    public String getOrigin() {
        return CellText.of(city, request.origin());
    }

    public String getDestination() {
        return CellText.of(city, request.destination());
    }

    /** Returns the wait at the last frame, or up to giving up. */
    public String getWaited() {
        return ClockText.minutes(waitedSeconds);
    }

    public String getVehicle() {
        return request.vehicleIndex() < 0 ? "none" : "vehicle index " + request.vehicleIndex();
    }

    @Override
    public String toString() {
        return "Rider " + request.id();
    }
}
