package org.ridegrid.gui;

import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.ridegrid.city.GridCity;
import org.ridegrid.demand.Request;
import org.ridegrid.energy.ChargingPad;
import org.ridegrid.model.RideGridModel;

import ec.util.MersenneTwisterFast;
import sim.field.continuous.Continuous2D;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.util.Double2D;

/**
 * The city as the view shows it: MASON fields of view objects for pads, riders and vehicles, laid
 * over the zone grid, with their portrayals. Field units are cells, so the cell at (x, y) covers
 * [x, x + 1) x [y, y + 1). {@link #refresh} moves everything to a given simulated time; it reads the
 * model and never changes it.
 */
final class CityScene {
    /** How long a rider who gave up stays visible, fading out, in simulated seconds. */
    static final double FADE_SECONDS = 300.0;
    /** Largest offset of a vehicle or rider from its cell centre, in cells. */
    private static final double MAX_OFFSET = 0.28;

    final ZoneLayer zoneLayer = new ZoneLayer();
    final ContinuousPortrayal2D depotLayer = new ContinuousPortrayal2D();
    final ContinuousPortrayal2D padLayer = new ContinuousPortrayal2D();
    final ContinuousPortrayal2D riderLayer = new ContinuousPortrayal2D();
    final ContinuousPortrayal2D vehicleLayer = new CountingPortrayal();

    private final AtomicLong framesDrawn = new AtomicLong();
    private final Map<Request, RiderView> riders = new IdentityHashMap<>();
    private RideGridModel model;
    private LiveEvents events;
    private MersenneTwisterFast random;
    private Continuous2D depotField;
    private Continuous2D padField;
    private Continuous2D riderField;
    private Continuous2D vehicleField;
    private VehicleView[] vehicles = new VehicleView[0];
    private PadView[] pads = new PadView[0];
    private DepotView[] depots = new DepotView[0];

    CityScene() {
        depotLayer.setPortrayalForAll(new DepotPortrayal());
        padLayer.setPortrayalForAll(new PadPortrayal());
        riderLayer.setPortrayalForAll(new RiderPortrayal());
        vehicleLayer.setPortrayalForAll(new VehiclePortrayal());
    }

    /** Shows the city's zones before the first run starts, so that the display is not empty. */
    void showCity(GridCity city) {
        zoneLayer.show(city);
    }

    /**
     * Builds the view objects of a model that has just started. Offsets within cells are drawn from
     * {@code random}, which must not be the model's generator.
     */
    void rebuild(RideGridModel startedModel, LiveEvents liveEvents, MersenneTwisterFast visualRandom) {
        this.model = startedModel;
        this.events = liveEvents;
        this.random = visualRandom;
        GridCity city = model.city();
        zoneLayer.show(city);
        depotField = new Continuous2D(1.0, city.width(), city.height());
        depots = new DepotView[model.depots().size()];
        for (int i = 0; i < depots.length; i++) {
            depots[i] = new DepotView(model.depots().get(i), city);
            depotField.setObjectLocation(depots[i], new Double2D(depots[i].x(), depots[i].y()));
        }
        padField = new Continuous2D(1.0, city.width(), city.height());
        riderField = new Continuous2D(1.0, city.width(), city.height());
        vehicleField = new Continuous2D(1.0, city.width(), city.height());
        pads = new PadView[model.pads().size()];
        for (ChargingPad pad : model.pads().pads()) {
            PadView view = new PadView(pad, city);
            pads[pad.id()] = view;
            padField.setObjectLocation(view, new Double2D(view.x(), view.y()));
        }
        vehicles = new VehicleView[model.vehicleCount()];
        for (int i = 0; i < vehicles.length; i++) {
            vehicles[i] = new VehicleView(model.vehicle(i), city, events.history(), offset(), offset());
        }
        riders.clear();
        depotLayer.setField(depotField);
        padLayer.setField(padField);
        riderLayer.setField(riderField);
        vehicleLayer.setField(vehicleField);
        refresh(0.0);
    }

    private double offset() {
        return (random.nextDouble() * 2.0 - 1.0) * MAX_OFFSET;
    }

    /** Moves every view object to simulated time {@code time}. */
    void refresh(double time) {
        for (VehicleView vehicle : vehicles) {
            vehicle.refresh(time);
            vehicleField.setObjectLocation(vehicle, new Double2D(vehicle.x(), vehicle.y()));
        }
        for (PadView pad : pads) {
            pad.refresh();
        }
        for (DepotView depot : depots) {
            depot.refresh();
        }
        refreshRiders(time);
    }

    private void refreshRiders(double time) {
        double maxWait = model.scenario().demand().maxWaitMinutes() * 60.0;
        events.forgetAbandonmentsBefore(time - FADE_SECONDS);
        Map<Request, RiderView> shown = new IdentityHashMap<>();
        model.forEachWaitingRequest(request -> {
            RiderView view = viewOf(request);
            view.refresh(time, maxWait, Double.NaN, FADE_SECONDS);
            shown.put(request, view);
        });
        for (LiveEvents.Abandonment gone : events.abandonments()) {
            RiderView view = viewOf(gone.request());
            view.refresh(time, maxWait, gone.time(), FADE_SECONDS);
            shown.put(gone.request(), view);
        }
        for (Iterator<Map.Entry<Request, RiderView>> it = riders.entrySet().iterator(); it.hasNext();) {
            Map.Entry<Request, RiderView> entry = it.next();
            if (!shown.containsKey(entry.getKey())) {
                riderField.remove(entry.getValue());
                it.remove();
            }
        }
        for (RiderView view : shown.values()) {
            riderField.setObjectLocation(view, new Double2D(view.x(), view.y()));
        }
    }

    private RiderView viewOf(Request request) {
        return riders.computeIfAbsent(request,
                r -> new RiderView(r, model.city(), offset(), offset()));
    }

    /** Returns the layers bottom to top: zones, depots, pads, riders, vehicles. */
    List<FieldPortrayal2D> layers() {
        return List.of(zoneLayer, depotLayer, padLayer, riderLayer, vehicleLayer);
    }

    VehicleView vehicle(int index) {
        return vehicles[index];
    }

    int vehicleCount() {
        return vehicles.length;
    }

    /** Returns how many times the vehicle layer has been drawn: the number of frames painted. */
    long framesDrawn() {
        return framesDrawn.get();
    }

    /** The vehicle layer, counting its draws so that the GUI can report frames per second. */
    private final class CountingPortrayal extends ContinuousPortrayal2D {
        private static final long serialVersionUID = 1L;

        @Override
        public void draw(Object object, java.awt.Graphics2D graphics, DrawInfo2D info) {
            framesDrawn.incrementAndGet();
            super.draw(object, graphics, info);
        }
    }
}
