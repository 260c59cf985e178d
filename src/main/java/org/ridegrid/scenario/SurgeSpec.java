package org.ridegrid.scenario;

/**
 * Surge pricing by zone. When the waiting requests of a zone exceed {@code threshold} times its idle
 * vehicles (plus one), the fare multiplier rises by {@code step} for each unit of the excess ratio, up
 * to {@code maxMultiplier}. A rider quoted multiplier m accepts with probability m^(-elasticity) and is
 * otherwise priced out.
 */
public record SurgeSpec(boolean enabled, double threshold, double step, double maxMultiplier, double elasticity) {
}
