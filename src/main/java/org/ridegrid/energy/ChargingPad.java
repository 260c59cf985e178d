package org.ridegrid.energy;

import org.ridegrid.util.IntQueue;

/**
 * A charging pad site at one cell, with a number of places that each charge one vehicle at the
 * pad's power. Vehicles beyond its places wait in a first-come queue. Vehicles are known by index.
 */
public final class ChargingPad {
    private final int id;
    private final int cell;
    private final int places;
    private final double powerKw;
    private final IntQueue queue = new IntQueue();
    private int charging;
    private int enRoute;

    public ChargingPad(int id, int cell, int places, double powerKw) {
        this.id = id;
        this.cell = cell;
        this.places = places;
        this.powerKw = powerKw;
    }

    public int id() {
        return id;
    }

    public int cell() {
        return cell;
    }

    public int places() {
        return places;
    }

    public double powerKw() {
        return powerKw;
    }

    public int charging() {
        return charging;
    }

    public int queued() {
        return queue.size();
    }

    public int enRoute() {
        return enRoute;
    }

    /** Returns the vehicles charging, queued and driving here: the load a newcomer competes with. */
    public int load() {
        return charging + queue.size() + enRoute;
    }

    public boolean hasFreePlaceFor(int extraVehicles) {
        return load() + extraVehicles <= places;
    }

    public void reserve() {
        enRoute++;
    }

    /**
     * Takes an arriving vehicle that had reserved a trip here. Returns true when it starts charging at
     * once, false when it joins the queue.
     */
    public boolean arrive(int vehicleIndex) {
        if (enRoute <= 0) {
            throw new IllegalStateException("pad " + id + ": vehicle " + vehicleIndex + " arrived without reserving");
        }
        enRoute--;
        if (charging < places) {
            charging++;
            return true;
        }
        queue.add(vehicleIndex);
        return false;
    }

    /**
     * Frees the place of a vehicle that finished charging. Returns the index of the queued vehicle
     * that takes the place, or -1 when nobody waits.
     */
    public int release() {
        if (charging <= 0) {
            throw new IllegalStateException("pad " + id + ": release with no vehicle charging");
        }
        if (!queue.isEmpty()) {
            return queue.poll();
        }
        charging--;
        return -1;
    }
}
