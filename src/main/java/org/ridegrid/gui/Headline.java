package org.ridegrid.gui;

import org.ridegrid.metrics.RequestStats;
import org.ridegrid.model.RideGridModel;
import org.ridegrid.model.VehicleState;

/**
 * The clock and the numbers of the run so far, as shown beside the city at one frame.
 *
 * @param clock the time as "day 2 (Wed) 07:45:10"
 * @param meanWaitMinutes mean wait of the riders picked up so far, NaN before the first pickup
 * @param vehiclesByState vehicles in each state at this time, indexed by {@link VehicleState#ordinal()}
 */
record Headline(double time, String clock, long seed, long requests, long served, long abandoned,
        double meanWaitMinutes, int waitingRiders, int[] vehiclesByState, int vehicles) {

    static Headline capture(RideGridModel model, LiveEvents events, CityScene scene, double time) {
        int[] byState = new int[VehicleState.count()];
        for (int i = 0; i < scene.vehicleCount(); i++) {
            byState[scene.vehicle(i).shownState().ordinal()]++;
        }
        RequestStats requests = events.requests();
        double meanWait = requests.pickedUp() > 0 ? requests.waits().mean() / 60.0 : Double.NaN;
        return new Headline(time, model.calendar().format(time), model.seed(), requests.created(), requests.served(),
                requests.abandoned(), meanWait, model.waitingRequests(), byState, scene.vehicleCount());
    }

    int vehicles(VehicleState state) {
        return vehiclesByState[state.ordinal()];
    }
}
