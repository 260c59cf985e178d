package org.ridegrid.energy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.ridegrid.city.GridCity;

/**
 * All charging pads of the city, with each cell's nearest pads precomputed so that choosing a pad
 * costs a handful of comparisons instead of a scan of every pad.
 */
public final class PadNetwork {
    private final GridCity city;
    private final List<ChargingPad> pads;
    private final int candidatesPerCell;
    /** For cell c, the ids of its nearest pads by grid distance are at [c * candidatesPerCell, ...). */
    private final int[] candidates;
    private final int[] candidateCounts;
    private final double[] nearestPadMiles;
    private final int totalPlaces;

    public PadNetwork(GridCity city, List<ChargingPad> pads, int candidatesPerCell) {
        this.city = city;
        this.pads = List.copyOf(pads);
        this.candidatesPerCell = candidatesPerCell;
        int cells = city.cellCount();
        this.candidates = new int[cells * candidatesPerCell];
        this.candidateCounts = new int[cells];
        this.nearestPadMiles = new double[cells];
        int places = 0;
        for (ChargingPad pad : pads) {
            places += pad.places();
        }
        this.totalPlaces = places;
        precomputeCandidates();
    }

    private void precomputeCandidates() {
        int cells = city.cellCount();
        List<List<Integer>> padsByCell = new ArrayList<>(cells);
        for (int c = 0; c < cells; c++) {
            padsByCell.add(new ArrayList<>(0));
        }
        for (ChargingPad pad : pads) {
            padsByCell.get(pad.cell()).add(pad.id());
        }
        int maxRadius = city.width() + city.height();
        int[] ring = new int[Math.max(1, 4 * maxRadius)];
        for (int cell = 0; cell < cells; cell++) {
            int found = 0;
            int base = cell * candidatesPerCell;
            nearestPadMiles[cell] = pads.isEmpty() ? Double.POSITIVE_INFINITY : -1;
            int limit = city.maxRadiusFrom(cell);
            for (int radius = 0; radius <= limit && found < candidatesPerCell && !pads.isEmpty(); radius++) {
                int ringSize = city.ringCells(cell, radius, ring);
                for (int i = 0; i < ringSize && found < candidatesPerCell; i++) {
                    for (int padId : padsByCell.get(ring[i])) {
                        if (found == candidatesPerCell) {
                            break;
                        }
                        if (found == 0) {
                            nearestPadMiles[cell] = radius * city.cellMiles();
                        }
                        candidates[base + found++] = padId;
                    }
                }
            }
            candidateCounts[cell] = found;
        }
    }

    public List<ChargingPad> pads() {
        return pads;
    }

    public ChargingPad pad(int id) {
        return pads.get(id);
    }

    public int size() {
        return pads.size();
    }

    public int totalPlaces() {
        return totalPlaces;
    }

    /** Returns the grid distance in miles from a cell to its nearest pad; infinite when there are no pads. */
    public double nearestPadMiles(int cell) {
        return nearestPadMiles[cell];
    }

    public int candidateCount(int cell) {
        return candidateCounts[cell];
    }

    public ChargingPad candidate(int cell, int rank) {
        return pads.get(candidates[cell * candidatesPerCell + rank]);
    }

    @Override
    public String toString() {
        return "PadNetwork[pads=" + pads.size() + ", places=" + totalPlaces + ", candidates="
                + Arrays.stream(candidateCounts).max().orElse(0) + "]";
    }
}
