package org.ridegrid.energy;

import org.ridegrid.scenario.DepotSpec;
import org.ridegrid.util.IntQueue;

/**
 * A depot at one cell: it parks up to its capacity and charges up to its number of chargers at once;
 * vehicles waiting for a charger queue first come, first served. Vehicles are known by index.
 */
public final class Depot {
    private final int index;
    private final DepotSpec spec;
    private final int cell;
    private final IntQueue chargerQueue = new IntQueue();
    private int present;
    private int charging;
    private int maxPresent;
    private int maxCharging;

    public Depot(int index, DepotSpec spec, int cell) {
        this.index = index;
        this.spec = spec;
        this.cell = cell;
    }

    public int index() {
        return index;
    }

    public DepotSpec spec() {
        return spec;
    }

    public String name() {
        return spec.name();
    }

    public int cell() {
        return cell;
    }

    public int present() {
        return present;
    }

    public int charging() {
        return charging;
    }

    public int queued() {
        return chargerQueue.size();
    }

    /** Returns the most vehicles the depot held at once so far. */
    public int maxPresent() {
        return maxPresent;
    }

    /** Returns the most vehicles charging at once so far. */
    public int maxCharging() {
        return maxCharging;
    }

    public void enter(String vehicleId) {
        if (present >= spec.capacity()) {
            throw new IllegalStateException("depot " + spec.name() + " is full (" + spec.capacity()
                    + " vehicles) when vehicle " + vehicleId + " arrives");
        }
        present++;
        maxPresent = Math.max(maxPresent, present);
    }

    public void leave() {
        if (present <= 0) {
            throw new IllegalStateException("depot " + spec.name() + ": a vehicle left an empty depot");
        }
        present--;
    }

    /** Asks for a charger. Returns true when the vehicle starts charging now, false when it queues. */
    public boolean requestCharger(int vehicleIndex) {
        if (charging < spec.chargers()) {
            charging++;
            maxCharging = Math.max(maxCharging, charging);
            return true;
        }
        chargerQueue.add(vehicleIndex);
        return false;
    }

    /** Frees a charger. Returns the queued vehicle that takes it, or -1 when nobody waits. */
    public int releaseCharger() {
        if (charging <= 0) {
            throw new IllegalStateException("depot " + spec.name() + ": charger released with none in use");
        }
        if (!chargerQueue.isEmpty()) {
            return chargerQueue.poll();
        }
        charging--;
        return -1;
    }
}
