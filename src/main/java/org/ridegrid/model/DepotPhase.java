package org.ridegrid.model;

/** Activity of a depot vehicle inside its depot. */
public enum DepotPhase {
    /** Not in the depot. */
    NONE,
    CLEANING,
    WAITING_FOR_CHARGER,
    CHARGING,
    /** Parked, off duty. */
    PARKED
}
