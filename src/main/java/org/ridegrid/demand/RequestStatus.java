package org.ridegrid.demand;

/** Where a request is in its life. SERVED, ABANDONED and REJECTED are final. */
public enum RequestStatus {
    WAITING,
    ASSIGNED,
    ON_BOARD,
    SERVED,
    ABANDONED,
    REJECTED;

    /** Whether the request is still open: not yet served, abandoned or rejected. */
    public boolean isOpen() {
        return this == WAITING || this == ASSIGNED || this == ON_BOARD;
    }
}
