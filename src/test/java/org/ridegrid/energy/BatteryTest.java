package org.ridegrid.energy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BatteryTest {
    private static final double KWH_TOLERANCE = 1e-12;
    private static final String VEHICLE = "cab-7";
    /** Below the battery's own 1e-9 kWh rounding slack. */
    private static final double ROUNDING_KWH = 1e-12;

    @Test
    void drainAndCharge() {
        Battery battery = new Battery(35, 20);
        battery.drain(5.5, VEHICLE);

        assertEquals(14.5, battery.chargeKwh(), KWH_TOLERANCE);

        battery.charge(10, VEHICLE);

        assertEquals(24.5, battery.chargeKwh(), KWH_TOLERANCE);
        assertEquals(0.7, battery.share(), KWH_TOLERANCE);
    }

    @Test
    void drainToEmpty() {
        Battery battery = new Battery(35, 20);
        battery.drain(20, VEHICLE);

        assertEquals(0.0, battery.chargeKwh());
    }

    @Test
    void chargeToFull() {
        Battery battery = new Battery(35, 20);
        battery.charge(15, VEHICLE);

        assertEquals(35.0, battery.chargeKwh());
    }

    @Test
    void overDrainFails() {
        Battery battery = new Battery(35, 3);
        IllegalStateException error = assertThrows(IllegalStateException.class, () -> battery.drain(3.5, VEHICLE));

        assertTrue(error.getMessage().contains("vehicle " + VEHICLE), error.getMessage());
        assertEquals(3.0, battery.chargeKwh());
    }

    @Test
    void overChargeFails() {
        Battery battery = new Battery(35, 30);
        IllegalStateException error = assertThrows(IllegalStateException.class, () -> battery.charge(5.5, VEHICLE));

        assertTrue(error.getMessage().contains("vehicle " + VEHICLE), error.getMessage());
        assertEquals(30.0, battery.chargeKwh());
    }

    @Test
    void negativeChargeFails() {
        Battery battery = new Battery(35, 30);
        IllegalStateException error = assertThrows(IllegalStateException.class, () -> battery.charge(-1, VEHICLE));

        assertTrue(error.getMessage().contains("vehicle " + VEHICLE), error.getMessage());
        assertEquals(30.0, battery.chargeKwh());
    }

    @Test
    void negativeDrainFails() {
        Battery battery = new Battery(35, 35);

        assertThrows(IllegalStateException.class, () -> battery.drain(-2, VEHICLE));
        assertEquals(35.0, battery.chargeKwh());
    }

    @Test
    void drainRoundingTolerated() {
        Battery battery = new Battery(35, 4);
        battery.drain(4 + ROUNDING_KWH, VEHICLE);

        assertEquals(0.0, battery.chargeKwh());
    }

    @Test
    void chargeRoundingTolerated() {
        Battery battery = new Battery(35, 31);
        battery.charge(4 + ROUNDING_KWH, VEHICLE);

        assertEquals(35.0, battery.chargeKwh());
    }

    @Test
    void invalidCapacityRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Battery(0, 0));
        assertThrows(IllegalArgumentException.class, () -> new Battery(-10, 0));
        assertThrows(IllegalArgumentException.class, () -> new Battery(Double.NaN, 0));
    }

    @Test
    void initialChargeOutsideRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Battery(35, -0.1));
        assertThrows(IllegalArgumentException.class, () -> new Battery(35, 35.1));
    }
}
