package org.ridegrid.demand;

import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.ridegrid.city.GridCity;
import org.ridegrid.scenario.OutOfAreaSpec;
import org.ridegrid.util.MersenneRandomGenerator;

import ec.util.MersenneTwisterFast;

/**
 * Trips that leave the grid. A share of requests do; each leaves through an edge cell drawn uniformly
 * and ends a lognormal number of miles beyond it. Nothing is drawn when the share is zero.
 */
public final class OutsideTrips {
    private final GridCity city;
    private final OutOfAreaSpec spec;
    private final MersenneTwisterFast random;
    private final LogNormalDistribution miles;
    private final int[] edgeCells;

    public OutsideTrips(GridCity city, OutOfAreaSpec spec, MersenneTwisterFast random) {
        this.city = city;
        this.spec = spec;
        this.random = random;
        double variance = Math.log(1.0 + (spec.sdMiles() * spec.sdMiles()) / (spec.meanMiles() * spec.meanMiles()));
        this.miles = new LogNormalDistribution(new MersenneRandomGenerator(random),
                Math.log(spec.meanMiles()) - variance / 2.0, Math.sqrt(variance),
                LogNormalDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY);
        java.util.List<Integer> edge = new java.util.ArrayList<>();
        for (int cell = 0; cell < city.cellCount(); cell++) {
            int x = city.x(cell);
            int y = city.y(cell);
            if (x == 0 || y == 0 || x == city.width() - 1 || y == city.height() - 1) {
                edge.add(cell);
            }
        }
        this.edgeCells = edge.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Draws whether the next request leaves the grid. */
    public boolean leavesCity() {
        return spec.share() > 0 && random.nextDouble() < spec.share();
    }

    public int drawEdgeCell() {
        return edgeCells[random.nextInt(edgeCells.length)];
    }

    /** Draws the miles beyond the edge, drawing again above the maximum. */
    public double drawMiles() {
        double drawn;
        do {
            drawn = miles.sample();
        } while (drawn > spec.maxMiles());
        return drawn;
    }
}
