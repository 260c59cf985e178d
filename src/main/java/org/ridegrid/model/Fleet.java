package org.ridegrid.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.ridegrid.city.GridCity;
import org.ridegrid.energy.Depot;
import org.ridegrid.scenario.FleetKind;
import org.ridegrid.scenario.FleetSpec;

/**
 * A fleet: its specification, its vehicles, its operator and its service area. Depot fleets serve
 * the cells within their service radius of the depot; the other kinds serve the whole grid.
 */
public final class Fleet {
    private final int index;
    private final FleetSpec spec;
    private final Operator operator;
    private final Depot depot;
    private final List<Vehicle> vehicles = new ArrayList<>();
    private final boolean[] serves;
    /** For each cell, the nearest cell of the service area by grid distance (the cell itself when served). */
    private final int[] nearestServed;
    /** Depot fleets: vehicles that should leave the depot or come back as soon as they can. */
    int pendingPullOuts;
    int pendingPullIns;
    int onDuty;

    public Fleet(int index, FleetSpec spec, Operator operator, Depot depot, GridCity city) {
        this.index = index;
        this.spec = spec;
        this.operator = operator;
        this.depot = depot;
        this.serves = new boolean[city.cellCount()];
        this.nearestServed = new int[city.cellCount()];
        for (int cell = 0; cell < serves.length; cell++) {
            serves[cell] = depot == null || city.euclideanMiles(cell, depot.cell()) <= spec.depot().serviceRadiusMiles();
        }
        if (depot != null) {
            serves[depot.cell()] = true;
        }
        computeNearestServed(city);
    }

    /** Breadth-first search over the grid from every served cell at once. */
    private void computeNearestServed(GridCity city) {
        java.util.Arrays.fill(nearestServed, -1);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int cell = 0; cell < serves.length; cell++) {
            if (serves[cell]) {
                nearestServed[cell] = cell;
                queue.add(cell);
            }
        }
        int[] dx = {1, -1, 0, 0};
        int[] dy = {0, 0, 1, -1};
        while (!queue.isEmpty()) {
            int cell = queue.poll();
            for (int k = 0; k < 4; k++) {
                int x = city.x(cell) + dx[k];
                int y = city.y(cell) + dy[k];
                if (city.contains(x, y) && nearestServed[city.cell(x, y)] < 0) {
                    nearestServed[city.cell(x, y)] = nearestServed[cell];
                    queue.add(city.cell(x, y));
                }
            }
        }
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

    public FleetKind kind() {
        return spec.kind();
    }

    public Operator operator() {
        return operator;
    }

    /** Returns the fleet's depot, or null when it has none. */
    public Depot depot() {
        return depot;
    }

    public boolean serves(int cell) {
        return serves[cell];
    }

    public int nearestServed(int cell) {
        return nearestServed[cell];
    }

    /** Returns how many of a depot fleet's vehicles are assigned to duty now. */
    public int onDuty() {
        return onDuty;
    }

    public List<Vehicle> vehicles() {
        return Collections.unmodifiableList(vehicles);
    }

    void add(Vehicle vehicle) {
        vehicles.add(vehicle);
    }
}
