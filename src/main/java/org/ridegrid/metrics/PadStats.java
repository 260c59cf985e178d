package org.ridegrid.metrics;

import java.util.Arrays;

import org.ridegrid.energy.ChargingPad;
import org.ridegrid.model.SimulationListener;
import org.ridegrid.model.Vehicle;

/** Per-pad totals: charging sessions, energy delivered and place-hours in use. Depot and home charging are not pads. */
public final class PadStats implements SimulationListener {
    private long[] sessions = new long[0];
    private double[] kwh = new double[0];
    private double[] busySeconds = new double[0];

    @Override
    public void chargeDelivered(Vehicle vehicle, ChargingPad pad, double delivered, double from, double to,
            boolean complete) {
        if (pad == null) {
            return;
        }
        int id = pad.id();
        if (id >= sessions.length) {
            int size = Math.max(id + 1, sessions.length * 2);
            sessions = Arrays.copyOf(sessions, size);
            kwh = Arrays.copyOf(kwh, size);
            busySeconds = Arrays.copyOf(busySeconds, size);
        }
        sessions[id]++;
        kwh[id] += delivered;
        busySeconds[id] += to - from;
    }

    public long sessions(int pad) {
        return pad < sessions.length ? sessions[pad] : 0;
    }

    public double kwh(int pad) {
        return pad < kwh.length ? kwh[pad] : 0.0;
    }

    /** Returns the place-seconds the pad spent charging (one place for one second counts one). */
    public double busySeconds(int pad) {
        return pad < busySeconds.length ? busySeconds[pad] : 0.0;
    }

    public long totalSessions() {
        long total = 0;
        for (long s : sessions) {
            total += s;
        }
        return total;
    }

    public double totalKwh() {
        double total = 0;
        for (double k : kwh) {
            total += k;
        }
        return total;
    }
}
