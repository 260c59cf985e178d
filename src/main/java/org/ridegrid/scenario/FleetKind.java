package org.ridegrid.scenario;

/** The kinds of supply a fleet can be. */
public enum FleetKind {
    /** Cheap two-seat robotaxis that charge at pads spread over the city. */
    CYBERCAB;

    /** Returns the name used in scenario files and outputs. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
