package org.ridegrid.energy;

import java.util.Locale;

/**
 * A vehicle's battery. The state of charge never leaves [0, capacity]: a drain or charge that would
 * break that bound fails loudly instead of being clamped, because it means a planning error.
 */
public final class Battery {
    /** Rounding slack in kWh when checking the bounds. */
    private static final double TOLERANCE_KWH = 1e-9;

    private final double capacityKwh;
    private double chargeKwh;

    public Battery(double capacityKwh, double chargeKwh) {
        if (!(capacityKwh > 0)) {
            throw new IllegalArgumentException("battery capacity must be > 0 kWh, got " + capacityKwh);
        }
        if (chargeKwh < 0 || chargeKwh > capacityKwh) {
            throw new IllegalArgumentException("initial charge " + chargeKwh + " kWh is outside [0, " + capacityKwh + "]");
        }
        this.capacityKwh = capacityKwh;
        this.chargeKwh = chargeKwh;
    }

    public double capacityKwh() {
        return capacityKwh;
    }

    public double chargeKwh() {
        return chargeKwh;
    }

    public double share() {
        return chargeKwh / capacityKwh;
    }

    public void drain(double kwh, String vehicleId) {
        double next = chargeKwh - kwh;
        if (!(kwh >= 0) || next < -TOLERANCE_KWH) {
            throw new IllegalStateException(String.format(Locale.ROOT,
                    "vehicle %s would drain %.4f kWh with only %.4f kWh left", vehicleId, kwh, chargeKwh));
        }
        chargeKwh = Math.max(0.0, next);
    }

    public void charge(double kwh, String vehicleId) {
        double next = chargeKwh + kwh;
        if (!(kwh >= 0) || next > capacityKwh + TOLERANCE_KWH) {
            throw new IllegalStateException(String.format(Locale.ROOT,
                    "vehicle %s cannot take %.4f kWh at %.4f of %.4f kWh", vehicleId, kwh, chargeKwh, capacityKwh));
        }
        chargeKwh = Math.min(capacityKwh, next);
    }
}
