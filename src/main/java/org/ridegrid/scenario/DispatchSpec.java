package org.ridegrid.scenario;

/** Dispatch policy and its limit: a vehicle is only sent if it can reach the rider within maxPickupMinutes. */
public record DispatchSpec(String policy, double maxPickupMinutes) {
}
