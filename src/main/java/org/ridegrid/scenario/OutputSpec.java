package org.ridegrid.scenario;

/** Which optional output files a run writes. */
public record OutputSpec(boolean tripsCsv) {
}
