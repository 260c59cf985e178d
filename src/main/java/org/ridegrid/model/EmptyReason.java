package org.ridegrid.model;

import java.util.Locale;

/** Why a vehicle drove without a rider. Every empty mile carries exactly one reason. */
public enum EmptyReason {
    PICKUP(false),
    REPOSITIONING(false),
    CHARGING(false),
    DEPOT(true),
    OWNER_RETURN(true),
    OUT_OF_AREA_RETURN(true);

    private final boolean emptyReturn;

    EmptyReason(boolean emptyReturn) {
        this.emptyReturn = emptyReturn;
    }

    /** Whether a leg for this reason is an empty return trip: its purpose is to come back. */
    public boolean isEmptyReturn() {
        return emptyReturn;
    }

    /** Returns the snake_case name used in output files. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
