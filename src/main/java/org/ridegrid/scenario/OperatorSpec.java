package org.ridegrid.scenario;

/** A ride-hail operator: its market share, fares and surge rule. Fleets name the operator they serve. */
public record OperatorSpec(String name, double marketShare, FareSpec fares, SurgeSpec surge) {
}
