package org.ridegrid.economics;

import org.ridegrid.scenario.SurgeSpec;

/**
 * Surge multipliers from the live balance of a zone: riders waiting against idle vehicles. With
 * ratio = waiting / (idle + 1), the multiplier is 1 + step * (ratio - threshold) when the ratio exceeds
 * the threshold, capped at the maximum.
 */
public final class Surge {
    private Surge() {
    }

    public static double multiplier(SurgeSpec surge, int waiting, int idle) {
        if (!surge.enabled()) {
            return 1.0;
        }
        double ratio = waiting / (idle + 1.0);
        if (ratio <= surge.threshold()) {
            return 1.0;
        }
        return Math.min(surge.maxMultiplier(), 1.0 + surge.step() * (ratio - surge.threshold()));
    }

    /** Returns the probability that a rider accepts a quote at this multiplier: m^(-elasticity). */
    public static double acceptance(SurgeSpec surge, double multiplier) {
        return Math.pow(multiplier, -surge.elasticity());
    }
}
