package org.ridegrid.energy;

/** Where a vehicle took energy: a charging pad, a depot charger or its owner's home charger. */
public enum ChargeSource {
    PAD,
    DEPOT,
    HOME;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
