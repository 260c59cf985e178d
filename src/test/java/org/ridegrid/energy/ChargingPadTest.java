package org.ridegrid.energy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ChargingPadTest {
    private static final int PAD_ID = 5;

    private static ChargingPad twoPlaces() {
        return new ChargingPad(PAD_ID, 33, 2, 11.0);
    }

    /** Reserves a trip to the pad and arrives at once. Returns whether the vehicle started charging. */
    private static boolean reserveAndArrive(ChargingPad pad, int vehicle) {
        pad.reserve();
        return pad.arrive(vehicle);
    }

    @Test
    void arriveWithoutReserveFails() {
        ChargingPad pad = twoPlaces();
        IllegalStateException error = assertThrows(IllegalStateException.class, () -> pad.arrive(9));

        assertTrue(error.getMessage().contains("pad " + PAD_ID), error.getMessage());
        assertEquals(0, pad.charging());
        assertEquals(0, pad.queued());
    }

    @Test
    void releaseWithNobodyChargingFails() {
        ChargingPad pad = twoPlaces();

        assertThrows(IllegalStateException.class, pad::release);
    }

    @Test
    void placesFillThenQueue() {
        ChargingPad pad = twoPlaces();

        assertTrue(reserveAndArrive(pad, 10));
        assertTrue(reserveAndArrive(pad, 11));
        assertFalse(reserveAndArrive(pad, 12));
        assertFalse(reserveAndArrive(pad, 13));
        assertEquals(2, pad.charging());
        assertEquals(2, pad.queued());
        assertEquals(0, pad.enRoute());
    }

    @Test
    void releaseHandsPlaceInOrder() {
        ChargingPad pad = twoPlaces();
        for (int vehicle = 10; vehicle < 14; vehicle++) {
            reserveAndArrive(pad, vehicle);
        }

        assertEquals(12, pad.release());
        assertEquals(13, pad.release());
        assertEquals(2, pad.charging());
        assertEquals(0, pad.queued());
    }

    @Test
    void releaseEmptyQueueFreesPlace() {
        ChargingPad pad = twoPlaces();
        reserveAndArrive(pad, 10);
        reserveAndArrive(pad, 11);

        assertEquals(-1, pad.release());
        assertEquals(1, pad.charging());
        assertEquals(-1, pad.release());
        assertEquals(0, pad.charging());
    }

    @Test
    void longQueueKeepsOrder() {
        // One place and a queue that grows past its initial capacity while its head has moved.
        ChargingPad pad = new ChargingPad(PAD_ID, 0, 1, 50.0);
        reserveAndArrive(pad, 0);
        for (int vehicle = 1; vehicle <= 3; vehicle++) {
            reserveAndArrive(pad, vehicle);
        }
        assertEquals(1, pad.release());
        assertEquals(2, pad.release());
        for (int vehicle = 4; vehicle <= 12; vehicle++) {
            reserveAndArrive(pad, vehicle);
        }

        for (int expected = 3; expected <= 12; expected++) {
            assertEquals(expected, pad.release(), "release " + expected);
        }
        assertEquals(-1, pad.release());
        assertEquals(0, pad.charging());
    }

    @Test
    void loadCountsEveryState() {
        ChargingPad pad = twoPlaces();
        reserveAndArrive(pad, 10);
        reserveAndArrive(pad, 11);
        reserveAndArrive(pad, 12);
        pad.reserve();

        assertEquals(1, pad.enRoute());
        assertEquals(4, pad.load());
    }

    @Test
    void freePlaceForNewcomers() {
        ChargingPad pad = twoPlaces();

        assertTrue(pad.hasFreePlaceFor(2));
        assertFalse(pad.hasFreePlaceFor(3));

        pad.reserve();

        assertTrue(pad.hasFreePlaceFor(1));
        assertFalse(pad.hasFreePlaceFor(2));

        pad.arrive(10);
        reserveAndArrive(pad, 11);

        assertFalse(pad.hasFreePlaceFor(1));
        assertTrue(pad.hasFreePlaceFor(0));
    }
}
