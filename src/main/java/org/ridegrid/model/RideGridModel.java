package org.ridegrid.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.ridegrid.city.CellIndex;
import org.ridegrid.city.CellWeights;
import org.ridegrid.city.GridCity;
import org.ridegrid.city.SimCalendar;
import org.ridegrid.demand.PoissonArrivals;
import org.ridegrid.demand.Request;
import org.ridegrid.demand.TripSampler;
import org.ridegrid.dispatch.Dispatcher;
import org.ridegrid.dispatch.EnergyCheck;
import org.ridegrid.dispatch.NearestVehicleDispatcher;
import org.ridegrid.dispatch.RepositioningPolicy;
import org.ridegrid.dispatch.ZoneBalanceRepositioning;
import org.ridegrid.energy.Battery;
import org.ridegrid.energy.PadNetwork;
import org.ridegrid.energy.PadPlacer;
import org.ridegrid.scenario.FleetSpec;
import org.ridegrid.scenario.Scenario;
import org.ridegrid.util.AliasTable;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The simulation: one city, its fleets and pads, and its riders, on MASON's schedule.
 *
 * <p>Time is in seconds since 00:00 of day 0. Nothing is stepped on a fixed clock: riders arrive at
 * Poisson times and vehicles are scheduled at their next decision point only. Events at the same
 * time run in this order: hour start (statistics), demand, vehicles and patience deadlines,
 * repositioning, end of run. Every random draw comes from {@link #random}, seeded from the scenario.
 */
public class RideGridModel extends SimState implements Vehicle.DecisionHandler, Request.PatienceHandler {
    private static final long serialVersionUID = 1L;

    static final int ORDER_HOUR = 0;
    static final int ORDER_DEMAND = 1;
    static final int ORDER_VEHICLES = 2;
    static final int ORDER_REPOSITIONING = 3;
    static final int ORDER_END = 4;

    private final Scenario scenario;
    private final GridCity city;
    private final SimCalendar calendar;
    private final ListenerList listeners = new ListenerList();
    private final double horizon;
    private boolean syntheticDemand = true;
    private final List<double[]> injectedRequests = new ArrayList<>();

    private List<Fleet> fleets;
    private Vehicle[] vehicles;
    private PadNetwork pads;
    private CellIndex<Vehicle> idleVehicles;
    private CellIndex<Request> waitingRequests;
    private FleetOperations operations;
    private PoissonArrivals arrivals;
    private TripSampler trips;
    private RepositioningPolicy repositioning;
    private long nextRequestId;
    private boolean ended;

    public RideGridModel(Scenario scenario) {
        super(scenario.seed());
        this.scenario = scenario;
        this.city = new GridCity(scenario.city());
        this.calendar = new SimCalendar(scenario.startWeekday());
        this.horizon = scenario.horizonSeconds();
    }

    /** Subscribes a listener to every domain event of the run. Call before {@link #start()}. */
    public void addListener(SimulationListener listener) {
        listeners.add(listener);
    }

    /** Turns the scenario's Poisson demand off, so that only injected requests arrive (for tests). */
    public void setSyntheticDemand(boolean enabled) {
        this.syntheticDemand = enabled;
    }

    /** Adds one request from cell {@code origin} to cell {@code destination} at {@code time} seconds. */
    public void injectRequest(double time, int origin, int destination) {
        injectedRequests.add(new double[] {time, origin, destination});
    }

    @Override
    public void start() {
        super.start();
        ended = false;
        nextRequestId = 0;
        pads = new PadNetwork(city, PadPlacer.place(scenario.charging(), city, random),
                scenario.charging().padCandidates());
        idleVehicles = new CellIndex<>(city.cellCount());
        waitingRequests = new CellIndex<>(city.cellCount());
        EnergyCheck energy = new EnergyCheck(pads, scenario.charging());
        createFleets();
        operations = new FleetOperations(city, calendar, schedule, listeners, idleVehicles, waitingRequests, pads,
                energy, scenario.charging(), scenario.demand().maxWaitMinutes(), vehicles,
                fleets.toArray(new Fleet[0]));
        Dispatcher dispatcher = new NearestVehicleDispatcher(city, calendar, idleVehicles, waitingRequests, energy,
                scenario.dispatch().maxPickupMinutes());
        operations.setDispatcher(dispatcher);
        arrivals = new PoissonArrivals(scenario.demand(), calendar, random);
        trips = new TripSampler(city, scenario.demand().tripLength(), random);
        repositioning = "zone_balance".equals(scenario.repositioning().policy())
                ? new ZoneBalanceRepositioning(city, calendar, idleVehicles, arrivals, energy,
                        scenario.repositioning(), random)
                : RepositioningPolicy.NONE;

        schedule.scheduleOnce(0.0, ORDER_HOUR, hourTicker());
        for (Vehicle vehicle : vehicles) {
            operations.startVehicle(vehicle, 0.0);
        }
        if (syntheticDemand) {
            scheduleNextArrival(0.0);
        }
        for (double[] injected : injectedRequests) {
            schedule.scheduleOnce(injected[0], ORDER_DEMAND, (Steppable) state ->
                    operations.requestArrived(newRequest(injected[0], (int) injected[1], (int) injected[2]), injected[0]));
        }
        if (repositioning != RepositioningPolicy.NONE) {
            double interval = scenario.repositioning().intervalMinutes() * 60.0;
            schedule.scheduleRepeating(interval, ORDER_REPOSITIONING,
                    (Steppable) state -> repositioning.rebalance(schedule.getTime(), operations), interval);
        }
        schedule.scheduleOnce(horizon, ORDER_END, (Steppable) state -> endRun());
    }

    private void createFleets() {
        fleets = new ArrayList<>();
        List<Vehicle> all = new ArrayList<>();
        // NOTE: every fleet runs as cybercabs here, depot fleets included: the kind sections, operators,
        // costs and depots are loaded and checked, but the model does not use them yet.
        for (FleetSpec spec : scenario.fleets()) {
            Fleet fleet = new Fleet(fleets.size(), spec);
            fleets.add(fleet);
            AliasTable cells = switch (spec.placement()) {
                case UNIFORM -> new AliasTable(CellWeights.uniform(city));
                case RESIDENTIAL -> new AliasTable(CellWeights.residential(city));
                default -> null;
            };
            for (int i = 0; i < spec.vehicles(); i++) {
                int cell = cells != null ? cells.sample(random) : pads.pad(i % pads.size()).cell();
                double share = spec.initialSocShare() + (random.nextDouble() * 2.0 - 1.0) * spec.initialSocSpread();
                share = Math.min(1.0, Math.max(0.0, share));
                Vehicle vehicle = new Vehicle(all.size(), i, fleet, new Battery(spec.batteryKwh(), share * spec.batteryKwh()), cell);
                fleet.add(vehicle);
                all.add(vehicle);
            }
        }
        vehicles = all.toArray(new Vehicle[0]);
    }

    private Steppable hourTicker() {
        return new Steppable() {
            private static final long serialVersionUID = 1L;

            @Override
            public void step(SimState state) {
                double now = schedule.getTime();
                listeners.hourStarted(calendar.hourIndex(now), now);
                double next = now + SimCalendar.SECONDS_PER_HOUR;
                if (next < horizon) {
                    schedule.scheduleOnce(next, ORDER_HOUR, this);
                }
            }
        };
    }

    private void scheduleNextArrival(double after) {
        double next = arrivals.next(after, horizon);
        if (next < horizon) {
            schedule.scheduleOnce(next, ORDER_DEMAND, (Steppable) state -> {
                int origin = trips.drawOrigin();
                int destination = trips.drawDestination(origin);
                operations.requestArrived(newRequest(next, origin, destination), next);
                scheduleNextArrival(next);
            });
        }
    }

    private Request newRequest(double time, int origin, int destination) {
        return new Request(nextRequestId++, time, origin, destination);
    }

    @Override
    public void decisionPoint(Vehicle vehicle) {
        double now = schedule.getTime();
        if (now != vehicle.nextDecision) {
            return;
        }
        vehicle.nextDecision = Double.NaN;
        operations.decisionPoint(vehicle, now);
    }

    @Override
    public void patienceExpired(Request request) {
        operations.patienceExpired(request, schedule.getTime());
    }

    private void endRun() {
        ended = true;
        operations.closeAt(horizon);
        listeners.runEnded(horizon);
        // Events left past the horizon (vehicles' next decisions) must not run, also when a view steps the schedule.
        schedule.clear();
    }

    /** Runs the whole horizon and reports the end. Returns when the run is over. */
    public void runToEnd() {
        start();
        while (!ended && schedule.step(this)) {
            // Each step runs every event of the next scheduled time.
        }
        finish();
    }

    /** Runs events until the clock passes {@code time} or the run ends; for views and tests. */
    public boolean stepUntil(double time) {
        while (!ended && schedule.getTime() < time && schedule.step(this)) {
            // Keep stepping.
        }
        return !ended;
    }

    public boolean hasEnded() {
        return ended;
    }

    public Scenario scenario() {
        return scenario;
    }

    public GridCity city() {
        return city;
    }

    public SimCalendar calendar() {
        return calendar;
    }

    public double horizon() {
        return horizon;
    }

    public List<Fleet> fleets() {
        return Collections.unmodifiableList(fleets);
    }

    public Vehicle vehicle(int index) {
        return vehicles[index];
    }

    public int vehicleCount() {
        return vehicles.length;
    }

    public PadNetwork pads() {
        return pads;
    }

    /** Returns the requests created and not yet served, abandoned or rejected. */
    public int openRequests() {
        return operations.openRequests();
    }

    public int waitingRequests() {
        return waitingRequests.size();
    }

    public int idleVehicles() {
        return idleVehicles.size();
    }

    /** Returns how many requests have been created so far. */
    public long requestsCreated() {
        return nextRequestId;
    }

    /** Calls {@code action} for every request still waiting for a vehicle. */
    public void forEachWaitingRequest(java.util.function.Consumer<Request> action) {
        for (int cell = 0; cell < city.cellCount(); cell++) {
            for (Request r = waitingRequests.first(cell); r != null; r = waitingRequests.next(r)) {
                action.accept(r);
            }
        }
    }
}
