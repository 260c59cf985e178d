package org.ridegrid.demand;

/** Where a request is in its life. SERVED, ABANDONED, REJECTED and PRICED_OUT are final. */
public enum RequestStatus {
    WAITING,
    ASSIGNED,
    ON_BOARD,
    SERVED,
    ABANDONED,
    REJECTED,
    /** The rider declined the surge-priced quote and did not ride. */
    PRICED_OUT;

    /** Whether the request is still open: not yet served, abandoned or rejected. */
    public boolean isOpen() {
        return this == WAITING || this == ASSIGNED || this == ON_BOARD;
    }
}
