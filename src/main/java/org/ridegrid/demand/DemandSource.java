package org.ridegrid.demand;

/**
 * A stream of requests that replaces the scenario's synthetic demand, such as the rows of a trip
 * file. The model pulls one record at a time, when the schedule reaches the previous one, so a
 * source need not hold its records in memory.
 */
public interface DemandSource {
    /**
     * Returns the next record, or null when there are no more. Times must not decrease from one
     * record to the next and must be at least 0. The model stops pulling at the first record at or
     * after its horizon and never creates a request for it.
     */
    DemandRecord next();
}
