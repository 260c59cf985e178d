package org.ridegrid.energy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.ridegrid.TestScenarios;
import org.ridegrid.city.GridCity;

import ec.util.MersenneTwisterFast;

class PadNetworkTest {
    private static final long SEED = 314_159L;
    private static final double MILES_TOLERANCE = 1e-12;

    /** Pads at fixed cells of a 9 x 7 grid, two of them sharing a cell. */
    private static List<ChargingPad> fixedPads(GridCity city) {
        return List.of(
                new ChargingPad(0, city.cell(0, 0), 2, 11),
                new ChargingPad(1, city.cell(8, 6), 1, 50),
                new ChargingPad(2, city.cell(4, 3), 2, 11),
                new ChargingPad(3, city.cell(4, 3), 4, 22),
                new ChargingPad(4, city.cell(7, 1), 1, 7));
    }

    @Test
    void totalPlaces() {
        GridCity city = new GridCity(TestScenarios.uniformCity(9, 7));
        PadNetwork network = new PadNetwork(city, fixedPads(city), 3);

        assertEquals(5, network.size());
        assertEquals(10, network.totalPlaces());
    }

    @Test
    void candidatesNearestFirst() {
        GridCity city = new GridCity(TestScenarios.uniformCity(9, 7));
        checkAgainstBruteForce(city, fixedPads(city), 3);
    }

    @Test
    void candidatesBeyondPadCount() {
        GridCity city = new GridCity(TestScenarios.uniformCity(9, 7));
        checkAgainstBruteForce(city, fixedPads(city), 8);
    }

    @Test
    void singleCandidate() {
        GridCity city = new GridCity(TestScenarios.uniformCity(9, 7));
        checkAgainstBruteForce(city, fixedPads(city), 1);
    }

    @Test
    void randomPadsMatchBruteForce() {
        MersenneTwisterFast random = new MersenneTwisterFast(SEED);
        for (int round = 0; round < 30; round++) {
            GridCity city = new GridCity(TestScenarios.uniformCity(1 + random.nextInt(15), 1 + random.nextInt(15)));
            int padCount = 1 + random.nextInt(8);
            List<ChargingPad> pads = new ArrayList<>();
            for (int id = 0; id < padCount; id++) {
                pads.add(new ChargingPad(id, random.nextInt(city.cellCount()), 1 + random.nextInt(3), 11));
            }
            checkAgainstBruteForce(city, pads, 1 + random.nextInt(6));
        }
    }

    @Test
    void noPads() {
        GridCity city = new GridCity(TestScenarios.uniformCity(5, 4));
        PadNetwork network = new PadNetwork(city, List.of(), 6);

        assertEquals(0, network.size());
        assertEquals(0, network.totalPlaces());
        for (int cell = 0; cell < city.cellCount(); cell++) {
            assertEquals(Double.POSITIVE_INFINITY, network.nearestPadMiles(cell), "cell " + cell);
            assertEquals(0, network.candidateCount(cell), "cell " + cell);
        }
    }

    /**
     * Checks every cell: the candidate count, the candidates in non-decreasing grid distance, no
     * pad closer than the last candidate left out, and the nearest distance against a scan of all pads.
     */
    private static void checkAgainstBruteForce(GridCity city, List<ChargingPad> pads, int candidatesPerCell) {
        PadNetwork network = new PadNetwork(city, pads, candidatesPerCell);
        for (int cell = 0; cell < city.cellCount(); cell++) {
            String where = city.width() + "x" + city.height() + " grid, cell " + cell;
            int count = network.candidateCount(cell);

            assertEquals(Math.min(candidatesPerCell, pads.size()), count, where);

            Set<Integer> chosen = new HashSet<>();
            int previous = 0;
            for (int rank = 0; rank < count; rank++) {
                int distance = city.manhattanCells(cell, network.candidate(cell, rank).cell());
                assertTrue(distance >= previous, where + ", rank " + rank + " is nearer than rank " + (rank - 1));
                assertTrue(chosen.add(network.candidate(cell, rank).id()), where + ", pad listed twice");
                previous = distance;
            }
            int nearest = Integer.MAX_VALUE;
            for (ChargingPad pad : pads) {
                int distance = city.manhattanCells(cell, pad.cell());
                nearest = Math.min(nearest, distance);
                if (!chosen.contains(pad.id())) {
                    assertTrue(distance >= previous, where + ", pad " + pad.id() + " left out but nearer");
                }
            }
            assertEquals(nearest * city.cellMiles(), network.nearestPadMiles(cell), MILES_TOLERANCE, where);
        }
    }
}
