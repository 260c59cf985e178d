package org.ridegrid.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.csv.CSVPrinter;
import org.ridegrid.demand.Request;
import org.ridegrid.demand.RequestStatus;
import org.ridegrid.model.RideGridModel;
import org.ridegrid.model.SimulationListener;
import org.ridegrid.model.Vehicle;

/**
 * Streams trips.csv while the run goes: a row is written when a request ends (served, abandoned or
 * rejected), and the requests still open are written at the end. Rows are therefore in order of
 * their end time, and no request is held in memory after it ends. The file is written under a
 * temporary name and renamed by {@link #commit()}.
 */
public final class TripsCsvWriter implements SimulationListener, AutoCloseable {
    private final RideGridModel model;
    private final Path target;
    private final Path temporary;
    private final CSVPrinter printer;
    private final Object[] row = new Object[21];
    private boolean committed;

    public TripsCsvWriter(RideGridModel model, Path target) throws IOException {
        this.model = model;
        this.target = target;
        this.temporary = AtomicFiles.temporaryFor(target);
        this.printer = Csv.printer(Files.newBufferedWriter(temporary, StandardCharsets.UTF_8),
                "request", "request_time_s", "day", "clock", "origin_x", "origin_y", "destination_x", "destination_y",
                "trip_miles", "outside_miles", "outcome", "reject_reason", "operator", "fare", "surge", "fleet", "vehicle",
                "assign_time_s", "pickup_time_s", "dropoff_time_s", "wait_min");
    }

    @Override
    public void requestRejected(Request request) {
        write(request);
    }

    @Override
    public void requestPricedOut(Request request) {
        write(request);
    }

    @Override
    public void requestAbandoned(Request request, double tripSeconds, double time) {
        write(request);
    }

    @Override
    public void riderDroppedOff(Request request, Vehicle vehicle, double time) {
        write(request);
    }

    @Override
    public void runEnded(double time) {
        model.forEachWaitingRequest(this::write);
        for (int v = 0; v < model.vehicleCount(); v++) {
            Request request = model.vehicle(v).request();
            if (request != null) {
                write(request);
            }
        }
    }

    private void write(Request request) {
        var city = model.city();
        var calendar = model.calendar();
        String clock = calendar.format(request.requestTime());
        row[0] = request.id();
        row[1] = Numbers.format(request.requestTime(), 1);
        row[2] = calendar.dayIndex(request.requestTime());
        row[3] = clock.substring(clock.length() - 8);
        row[4] = city.x(request.origin());
        row[5] = city.y(request.origin());
        row[6] = city.x(request.destination());
        row[7] = city.y(request.destination());
        row[8] = Numbers.format(city.miles(request.origin(), request.destination()) + request.outsideMiles(), 4);
        row[9] = Numbers.format(request.outsideMiles(), 4);
        row[10] = outcome(request.status());
        row[11] = request.rejectReason() == null ? "" : request.rejectReason().key();
        boolean quoted = !Double.isNaN(request.fare());
        row[12] = quoted ? model.operators().get(request.operatorIndex()).name() : "";
        row[13] = Numbers.format(request.fare(), 2);
        row[14] = quoted ? Numbers.format(request.surgeMultiplier(), 4) : "";
        Vehicle vehicle = request.vehicleIndex() >= 0 ? model.vehicle(request.vehicleIndex()) : null;
        row[15] = vehicle == null ? "" : vehicle.fleet().name();
        row[16] = vehicle == null ? "" : vehicle.id();
        row[17] = Numbers.format(request.assignTime(), 1);
        row[18] = Numbers.format(request.pickupTime(), 1);
        row[19] = Numbers.format(request.dropoffTime(), 1);
        row[20] = Numbers.format(request.waitSeconds() / 60.0, 4);
        try {
            printer.printRecord(row);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + temporary, e);
        }
    }

    private static String outcome(RequestStatus status) {
        return switch (status) {
            case SERVED -> "served";
            case ABANDONED -> "abandoned";
            case REJECTED -> "rejected";
            case PRICED_OUT -> "priced_out";
            default -> "open";
        };
    }

    /** Flushes and renames the finished file into place. */
    public void commit() throws IOException {
        printer.close();
        AtomicFiles.moveIntoPlace(temporary, target);
        committed = true;
    }

    /** Closes the file; when it was not committed, the temporary file is deleted. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            printer.close();
            Files.deleteIfExists(temporary);
        }
    }
}
