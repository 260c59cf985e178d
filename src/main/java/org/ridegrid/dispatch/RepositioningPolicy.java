package org.ridegrid.dispatch;

import org.ridegrid.model.Vehicle;

/** Moves idle vehicles toward where demand is expected. Called at a fixed interval by the model. */
public interface RepositioningPolicy {
    /** Carries out one chosen move: an idle vehicle drives empty to a target cell. */
    interface MoveSink {
        /** Whether the vehicle may drive empty to the target now (service area, energy, owner's deadline). */
        boolean canMove(Vehicle vehicle, int targetCell);

        void move(Vehicle vehicle, int targetCell);
    }

    /** Chooses the moves for this round and hands each to {@code sink}. */
    void rebalance(double now, MoveSink sink);

    /** The policy that never moves a vehicle. */
    RepositioningPolicy NONE = (now, sink) -> { };
}
