package org.ridegrid.scenario;

/** The kinds of supply a fleet can be. */
public enum FleetKind {
    /** Cheap two-seat robotaxis that charge at pads spread over the city. */
    CYBERCAB,
    /** Costly vehicles that live in a depot at the city edge, on duty by an hourly rule. */
    DEPOT,
    /** Private cars lent to the fleet by their owners outside the owners' own use. */
    LENT;

    /** Returns the name used in scenario files and outputs. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
