package org.ridegrid.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.ridegrid.scenario.FleetSpec;

/** A fleet: its specification and its vehicles. */
public final class Fleet {
    private final int index;
    private final FleetSpec spec;
    private final List<Vehicle> vehicles = new ArrayList<>();

    public Fleet(int index, FleetSpec spec) {
        this.index = index;
        this.spec = spec;
    }

    public int index() {
        return index;
    }

    public String name() {
        return spec.name();
    }

    public FleetSpec spec() {
        return spec;
    }

    public List<Vehicle> vehicles() {
        return Collections.unmodifiableList(vehicles);
    }

    void add(Vehicle vehicle) {
        vehicles.add(vehicle);
    }
}
