package org.ridegrid.gui;

import java.util.List;

import org.ridegrid.model.RideGridModel;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The view's repeating event on the model's schedule. The schedule jumps from one model event to
 * the next, so this event makes it stop at every multiple of the frame interval as well. At each
 * stop the scene moves to that time and the frame's numbers go to the sinks (side panel and
 * charts). It reads the model and never changes it: no random draw, no state change.
 */
final class FrameTick implements Steppable {
    private static final long serialVersionUID = 1L;
    /**
     * Ordering of the event among events at the same time: after all of the model's (it uses 0 to 4),
     * so a frame shows the state after them. It is the only event with this ordering, so the
     * schedule never shuffles it with others, which would draw from the model's generator.
     */
    static final int ORDERING = 100;

    /** Receives each frame on the model's thread, while the schedule is locked. */
    interface Sink {
        void frame(Headline headline, LiveEvents events);
    }

    private final RideGridModel model;
    private final CityScene scene;
    private final LiveEvents events;
    private final double intervalSeconds;
    private final List<Sink> sinks;

    FrameTick(RideGridModel model, CityScene scene, LiveEvents events, double intervalSeconds, List<Sink> sinks) {
        this.model = model;
        this.scene = scene;
        this.events = events;
        this.intervalSeconds = intervalSeconds;
        this.sinks = sinks;
    }

    /** Schedules the first frame at time 0 on a model that has just started. */
    void scheduleFirst() {
        model.schedule.scheduleOnce(0.0, ORDERING, this);
    }

    @Override
    public void step(SimState state) {
        double now = model.schedule.getTime();
        scene.refresh(now);
        Headline headline = Headline.capture(model, events, scene, now);
        for (Sink sink : sinks) {
            sink.frame(headline, events);
        }
        // The model clears its schedule at the horizon; a frame after that would keep an ended run going.
        if (!model.hasEnded()) {
            model.schedule.scheduleOnce(now + intervalSeconds, ORDERING, this);
        }
    }
}
