package org.ridegrid.demand;

import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.ridegrid.city.CellWeights;
import org.ridegrid.city.GridCity;
import org.ridegrid.scenario.DemandSpec;
import org.ridegrid.scenario.QuantileTable;
import org.ridegrid.scenario.TripLengthSpec;
import org.ridegrid.util.AliasTable;
import org.ridegrid.util.MersenneRandomGenerator;

import ec.util.MersenneTwisterFast;

/**
 * Draws trip origins and destinations. The origin cell is drawn by the origin weights, which are
 * the zones' demand weights unless the scenario gives a table. The trip length comes from the
 * scenario's lognormal or empirical distribution. The destination is drawn among the cells at that
 * grid distance from the origin, by the destination weights (the zones' attraction weights unless
 * the scenario gives a table).
 */
public final class TripSampler {
    /** Draws of a length that fits nowhere in the grid from this origin, before the length is capped. */
    private static final int MAX_LENGTH_DRAWS = 20;

    private final GridCity city;
    private final MersenneTwisterFast random;
    private final AliasTable origins;
    private final double[] attraction;
    /** The lognormal trip length, or null when lengths come from {@link #lengthTable}. */
    private final LogNormalDistribution length;
    private final QuantileTable lengthTable;
    private final double maxMiles;
    private final int[] ring;

    /** Creates a sampler whose origins and destinations follow the zones' weights. */
    public TripSampler(GridCity city, TripLengthSpec spec, MersenneTwisterFast random) {
        this(city, spec, CellWeights.demand(city), CellWeights.attraction(city), random);
    }

    /** Creates a sampler of the scenario's demand, with its weight tables where it sets them. */
    public TripSampler(GridCity city, DemandSpec demand, MersenneTwisterFast random) {
        this(city, demand.tripLength(), CellWeights.origins(city, demand), CellWeights.destinations(city, demand), random);
    }

    private TripSampler(GridCity city, TripLengthSpec spec, double[] originWeights, double[] destinationWeights,
            MersenneTwisterFast random) {
        this.city = city;
        this.random = random;
        this.origins = new AliasTable(originWeights);
        this.attraction = destinationWeights;
        if (spec.isEmpirical()) {
            this.length = null;
            this.lengthTable = spec.table();
        } else {
            double variance = Math.log(1.0 + (spec.sdMiles() * spec.sdMiles()) / (spec.meanMiles() * spec.meanMiles()));
            double scale = Math.log(spec.meanMiles()) - variance / 2.0;
            this.length = new LogNormalDistribution(new MersenneRandomGenerator(random), scale, Math.sqrt(variance),
                    LogNormalDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY);
            this.lengthTable = null;
        }
        this.maxMiles = spec.maxMiles();
        this.ring = new int[4 * (city.width() + city.height())];
    }

    public int drawOrigin() {
        return origins.sample(random);
    }

    /**
     * Draws a destination for a trip from {@code origin}. Returns the origin itself when the drawn
     * length rounds to zero cells; such a request is rejected by the caller.
     */
    public int drawDestination(int origin) {
        int maxRadius = city.maxRadiusFrom(origin);
        for (int attempt = 0; attempt < MAX_LENGTH_DRAWS; attempt++) {
            int radius = drawRadius();
            if (radius == 0) {
                return origin;
            }
            if (radius <= maxRadius) {
                int destination = pickOnRing(origin, radius);
                if (destination >= 0) {
                    return destination;
                }
            }
        }
        // NOTE: lengths longer than the grid allows from this origin are cut to the farthest ring.
        for (int radius = maxRadius; radius > 0; radius--) {
            int destination = pickOnRing(origin, radius);
            if (destination >= 0) {
                return destination;
            }
        }
        return origin;
    }

    private int drawRadius() {
        return (int) Math.round(drawMiles() / city.cellMiles());
    }

    /** Draws a trip length in miles, drawing again above the maximum. */
    double drawMiles() {
        double miles;
        do {
            miles = length != null ? length.sample() : lengthTable.valueAt(random.nextDouble());
        } while (miles > maxMiles);
        return miles;
    }

    private int pickOnRing(int origin, int radius) {
        int size = city.ringCells(origin, radius, ring);
        double total = 0;
        for (int i = 0; i < size; i++) {
            total += attraction[ring[i]];
        }
        if (size == 0 || total <= 0) {
            return -1;
        }
        double target = random.nextDouble() * total;
        for (int i = 0; i < size; i++) {
            target -= attraction[ring[i]];
            if (target < 0) {
                return ring[i];
            }
        }
        return ring[size - 1];
    }
}
