package org.ridegrid.scenario;

/**
 * Repositioning of idle vehicles.
 *
 * @param policy "none" or "zone_balance"
 * @param intervalMinutes time between two rebalancing rounds
 * @param lookaheadMinutes expected demand is summed over this window ahead
 * @param maxMoveShare at most this share of the idle vehicles moves in one round
 */
public record RepositioningSpec(String policy, double intervalMinutes, double lookaheadMinutes, double maxMoveShare) {
}
