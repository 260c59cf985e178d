package org.ridegrid.demand;

/** Stage of a request's life. SERVED, ABANDONED, REJECTED and PRICED_OUT are final. */
public enum RequestStatus {
    WAITING,
    ASSIGNED,
    ON_BOARD,
    SERVED,
    ABANDONED,
    REJECTED,
    /** The rider declined the surge-priced quote and did not ride. */
    PRICED_OUT;

    /** Returns whether the request is still open: not yet served, abandoned, rejected or priced out. */
    public boolean isOpen() {
        return this == WAITING || this == ASSIGNED || this == ON_BOARD;
    }
}
