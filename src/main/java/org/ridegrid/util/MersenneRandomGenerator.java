package org.ridegrid.util;

import org.apache.commons.math3.random.AbstractRandomGenerator;

import ec.util.MersenneTwisterFast;

/**
 * Lets commons-math distributions draw from the run's MASON generator, so that every random
 * number of a run comes from its one seeded stream. Commons-math would otherwise seed its own
 * generators from the clock.
 */
public final class MersenneRandomGenerator extends AbstractRandomGenerator {
    private final MersenneTwisterFast random;

    public MersenneRandomGenerator(MersenneTwisterFast random) {
        this.random = random;
    }

    @Override
    public void setSeed(long seed) {
        throw new UnsupportedOperationException("the run's generator is seeded once, by the simulation");
    }

    @Override
    public double nextDouble() {
        return random.nextDouble();
    }

    @Override
    public int nextInt(int n) {
        return random.nextInt(n);
    }

    @Override
    public long nextLong() {
        return random.nextLong();
    }

    @Override
    public boolean nextBoolean() {
        return random.nextBoolean();
    }

    @Override
    public double nextGaussian() {
        return random.nextGaussian();
    }
}
