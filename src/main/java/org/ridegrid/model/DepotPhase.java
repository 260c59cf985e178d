package org.ridegrid.model;

/** What a depot vehicle is doing inside the depot. */
public enum DepotPhase {
    /** Not in the depot. */
    NONE,
    CLEANING,
    WAITING_FOR_CHARGER,
    CHARGING,
    /** Parked, off duty. */
    PARKED
}
