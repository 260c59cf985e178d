package org.ridegrid.model;

/**
 * The state a vehicle is in. At every instant a vehicle is in exactly one state, and every mile
 * is tagged with the state it was driven in. The colour (RGB) is the one every chart and view uses.
 */
public enum VehicleState {
    OFF_DUTY("off duty", 0xB0B0B0, false, null),
    IDLE("idle", 0xF2C12E, false, null),
    TO_PICKUP("to pickup", 0x4C9BE8, false, EmptyReason.PICKUP),
    OCCUPIED("occupied", 0x2CA02C, true, null),
    REPOSITIONING("repositioning", 0x9467BD, false, EmptyReason.REPOSITIONING),
    TO_CHARGER("to charger", 0xFF7F0E, false, EmptyReason.CHARGING),
    QUEUED_FOR_CHARGER("queued for charger", 0xD62728, false, null),
    CHARGING("charging", 0x8C564B, false, null),
    TO_DEPOT("to depot", 0x17BECF, false, EmptyReason.DEPOT),
    AT_DEPOT("at depot", 0x7F7F7F, false, null),
    FROM_DEPOT("from depot", 0x1F77B4, false, EmptyReason.DEPOT),
    RETURNING_TO_OWNER("returning to owner", 0xE377C2, false, EmptyReason.OWNER_RETURN);

    private static final VehicleState[] VALUES = values();

    private final String label;
    private final int rgb;
    private final boolean occupied;
    private final EmptyReason drivingReason;

    VehicleState(String label, int rgb, boolean occupied, EmptyReason drivingReason) {
        this.label = label;
        this.rgb = rgb;
        this.occupied = occupied;
        this.drivingReason = drivingReason;
    }

    public static VehicleState of(int ordinal) {
        return VALUES[ordinal];
    }

    public static int count() {
        return VALUES.length;
    }

    public String label() {
        return label;
    }

    public int rgb() {
        return rgb;
    }

    public boolean isOccupied() {
        return occupied;
    }

    public boolean isOnDuty() {
        return this != OFF_DUTY;
    }

    /** Returns the empty-mile reason of legs driven in this state, or null when none is implied. */
    public EmptyReason drivingReason() {
        return drivingReason;
    }
}
