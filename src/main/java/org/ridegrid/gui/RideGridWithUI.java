package org.ridegrid.gui;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.ridegrid.model.RideGridModel;

import sim.display.Controller;
import sim.display.GUIState;
import sim.portrayal.Inspector;

/**
 * MASON's GUI state for a RideGrid model: the scene, the view's event record and the frame tick.
 * Everything but {@link #init} works without a display, so tests and the snapshot command drive it
 * exactly as the Console does: {@link #start()}, then {@link #step()} until it returns false.
 */
public final class RideGridWithUI extends GUIState {
    /** Default simulated seconds between two frames. */
    public static final double DEFAULT_FRAME_SECONDS = 10.0;
    /** Seed of {@link #guirandom}, reset at every start so that vehicles keep their place within a cell. */
    private static final long VISUAL_SEED = 20_261_204L;

    private final RideGridModel model;
    private final double frameSeconds;
    private final LiveEvents events;
    private final CityScene scene = new CityScene();
    private final List<FrameTick.Sink> sinks = new CopyOnWriteArrayList<>();
    private GuiWindows windows;
    private Runnable quitAction = () -> { };

    /** Wraps a model that has not started, and subscribes the view's listener to it. */
    public RideGridWithUI(RideGridModel model, double frameSeconds) {
        super(model);
        this.model = model;
        this.frameSeconds = frameSeconds;
        this.events = new LiveEvents(model);
    }

    public static String getName() {
        return "RideGrid";
    }

    public static Object getInfo() {
        return "<html><body><h2>RideGrid live city view</h2>"
                + "<p>Vehicles are coloured by state and shaped by fleet kind; riders are dots coloured by how long they"
                + " have waited, and fade out when they give up; pads are squares filled by the share of places"
                + " taken, with a red border and the queue length when vehicles wait.</p>"
                + "<p>The view refreshes every frame interval of simulated time. Click a vehicle, pad or rider to"
                + " inspect it. To restart with another seed, stop, set the seed in the Console tab and press play.</p>"
                + "</body></html>";
    }

    public RideGridModel model() {
        return model;
    }

    CityScene scene() {
        return scene;
    }

    LiveEvents events() {
        return events;
    }

    double frameSeconds() {
        return frameSeconds;
    }

    /** Returns the windows, or null before {@link #init} and after {@link #quit}. */
    GuiWindows windows() {
        return windows;
    }

    /** Sets what to do after the Console has closed the view. */
    void onQuit(Runnable action) {
        quitAction = action;
    }

    /** Adds a receiver of every frame; it is called on the model's thread. */
    void addSink(FrameTick.Sink sink) {
        sinks.add(sink);
    }

    @Override
    public void init(Controller controller) {
        super.init(controller);
        windows = new GuiWindows(this, controller);
    }

    /** Starts a new run: fresh records, the model's start, a new scene and the first frame tick. */
    @Override
    public void start() {
        events.reset(model);
        if (windows != null) {
            windows.beforeStart();
        }
        super.start();
        guirandom.setSeed(VISUAL_SEED);
        scene.rebuild(model, events, guirandom);
        new FrameTick(model, scene, events, frameSeconds, sinks).scheduleFirst();
        if (windows != null) {
            windows.afterStart();
        }
    }

    @Override
    public void quit() {
        super.quit();
        if (windows != null) {
            windows.quit();
            windows = null;
        }
        quitAction.run();
    }

    @Override
    public Object getSimulationInspectedObject() {
        return new ScenarioSettings(model, frameSeconds);
    }

    /** Returns the Model tab's inspector, refreshed every step so that it shows the seed of the current run. */
    @Override
    public Inspector getInspector() {
        Inspector inspector = super.getInspector();
        inspector.setVolatile(true);
        return inspector;
    }
}
