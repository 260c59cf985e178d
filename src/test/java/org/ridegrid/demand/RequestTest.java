package org.ridegrid.demand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class RequestTest {
    private static final long ID = 417;

    private static Request waiting() {
        return new Request(ID, 100.0, 12, 40);
    }

    private static Request assigned() {
        Request request = waiting();
        request.assign(3, 130.0);
        return request;
    }

    private static Request onBoard() {
        Request request = assigned();
        request.pickUp(250.0);
        return request;
    }

    private static Request served() {
        Request request = onBoard();
        request.dropOff(900.0);
        return request;
    }

    /** Asserts that the transition fails with an IllegalStateException naming the request and keeps the status. */
    private static void assertIllegal(Request request, Executable transition) {
        RequestStatus before = request.status();
        IllegalStateException error = assertThrows(IllegalStateException.class, transition);

        assertTrue(error.getMessage().contains("request " + ID), error.getMessage());
        assertEquals(before, request.status());
    }

    @Test
    void newRequestWaits() {
        Request request = waiting();

        assertEquals(RequestStatus.WAITING, request.status());
        assertEquals(-1, request.vehicleIndex());
        assertTrue(Double.isNaN(request.waitSeconds()));
        assertTrue(request.status().isOpen());
    }

    @Test
    void lifecycleAssign() {
        Request request = assigned();

        assertEquals(RequestStatus.ASSIGNED, request.status());
        assertEquals(3, request.vehicleIndex());
        assertEquals(130.0, request.assignTime());
    }

    @Test
    void lifecyclePickUp() {
        Request request = onBoard();

        assertEquals(RequestStatus.ON_BOARD, request.status());
        assertEquals(250.0, request.pickupTime());
        assertEquals(150.0, request.waitSeconds());
    }

    @Test
    void lifecycleDropOff() {
        Request request = served();

        assertEquals(RequestStatus.SERVED, request.status());
        assertEquals(900.0, request.dropoffTime());
        assertFalse(request.status().isOpen());
        assertTrue(Double.isNaN(request.endTime()));
    }

    @Test
    void abandonWhileWaiting() {
        Request request = waiting();
        request.abandon(700.0);

        assertEquals(RequestStatus.ABANDONED, request.status());
        assertEquals(700.0, request.endTime());
        assertFalse(request.status().isOpen());
    }

    @Test
    void rejectWhileWaiting() {
        Request request = waiting();
        request.reject(RejectReason.SAME_CELL, 100.0);

        assertEquals(RequestStatus.REJECTED, request.status());
        assertEquals(RejectReason.SAME_CELL, request.rejectReason());
        assertEquals(100.0, request.endTime());
    }

    @Test
    void pickUpBeforeAssignFails() {
        Request request = waiting();

        assertIllegal(request, () -> request.pickUp(200.0));
    }

    @Test
    void dropOffBeforePickUpFails() {
        Request request = assigned();

        assertIllegal(request, () -> request.dropOff(200.0));
    }

    @Test
    void dropOffWhileWaitingFails() {
        Request request = waiting();

        assertIllegal(request, () -> request.dropOff(200.0));
    }

    @Test
    void assignTwiceFails() {
        Request request = assigned();

        assertIllegal(request, () -> request.assign(5, 200.0));
    }

    @Test
    void abandonAfterAssignFails() {
        Request request = assigned();

        assertIllegal(request, () -> request.abandon(200.0));
    }

    @Test
    void abandonOnBoardFails() {
        Request request = onBoard();

        assertIllegal(request, () -> request.abandon(300.0));
    }

    @Test
    void rejectAfterAssignFails() {
        Request request = assigned();

        assertIllegal(request, () -> request.reject(RejectReason.BEYOND_VEHICLE_RANGE, 200.0));
    }

    @Test
    void assignAfterAbandonFails() {
        Request request = waiting();
        request.abandon(700.0);

        assertIllegal(request, () -> request.assign(1, 800.0));
    }

    @Test
    void assignAfterRejectFails() {
        Request request = waiting();
        request.reject(RejectReason.SAME_CELL, 100.0);

        assertIllegal(request, () -> request.assign(1, 100.0));
    }

    @Test
    void servedIsFinal() {
        Request request = served();

        assertIllegal(request, () -> request.assign(1, 1000.0));
        assertIllegal(request, () -> request.pickUp(1000.0));
        assertIllegal(request, () -> request.dropOff(1000.0));
        assertIllegal(request, () -> request.abandon(1000.0));
    }
}
