package org.ridegrid.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.ridegrid.city.CellWeights;
import org.ridegrid.city.GridCity;
import org.ridegrid.city.SimCalendar;
import org.ridegrid.demand.DemandRecord;
import org.ridegrid.demand.DemandSource;
import org.ridegrid.demand.PoissonArrivals;
import org.ridegrid.demand.OutsideTrips;
import org.ridegrid.demand.Request;
import org.ridegrid.demand.TripSampler;
import org.ridegrid.dispatch.Eligibility;
import org.ridegrid.dispatch.NearestVehicleDispatcher;
import org.ridegrid.dispatch.RepositioningPolicy;
import org.ridegrid.dispatch.ZoneBalanceRepositioning;
import org.ridegrid.energy.Battery;
import org.ridegrid.energy.Depot;
import org.ridegrid.energy.PadNetwork;
import org.ridegrid.energy.PadPlacer;
import org.ridegrid.scenario.DepotSpec;
import org.ridegrid.scenario.FleetKind;
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
public class RideGridModel extends SimState
        implements Vehicle.DecisionHandler, Request.PatienceHandler, Owner.DepartureHandler {
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
    private DemandSource demandSource;

    private List<Fleet> fleets;
    private Vehicle[] vehicles;
    private PadNetwork pads;
    private List<Depot> depots;
    private Operator[] operators;
    private FleetOperations operations;
    private PoissonArrivals arrivals;
    private TripSampler trips;
    private OutsideTrips outside;
    private RepositioningPolicy[] repositioning;
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

    /**
     * Replaces the scenario's Poisson demand with the records of {@code source}, pulled one at a time
     * as the schedule reaches them. Call before {@link #start()}; a source serves one run only.
     */
    public void setDemandSource(DemandSource source) {
        this.demandSource = source;
    }

    /** Adds one request from cell {@code origin} to cell {@code destination} at {@code time} seconds. */
    public void injectRequest(double time, int origin, int destination) {
        injectRequest(time, origin, destination, 0.0);
    }

    /** Adds one request that leaves the grid: the rider is dropped {@code outsideMiles} beyond edge cell {@code destination}. */
    public void injectRequest(double time, int origin, int destination, double outsideMiles) {
        injectedRequests.add(new double[] {time, origin, destination, outsideMiles});
    }

    @Override
    public void start() {
        super.start();
        ended = false;
        nextRequestId = 0;
        pads = new PadNetwork(city, PadPlacer.place(scenario.charging(), city, random),
                scenario.charging().padCandidates());
        depots = new ArrayList<>();
        for (DepotSpec spec : scenario.depots()) {
            depots.add(new Depot(depots.size(), spec, city.cell(spec.x(), spec.y())));
        }
        operators = new Operator[scenario.operators().size()];
        for (int i = 0; i < operators.length; i++) {
            operators[i] = new Operator(i, scenario.operators().get(i), city.cellCount(), city.zones().size());
        }
        createFleets();
        Eligibility eligibility = new Eligibility(city, pads, scenario.charging().reserveShare());
        Market market = new Market(operators, fleets, scenario.market(), city, calendar, eligibility,
                scenario.charging().chargeToShare(), random);
        operations = new FleetOperations(city, calendar, schedule, listeners, vehicles, eligibility,
                scenario.charging(), scenario.demand().maxWaitMinutes(), market);
        operations.padCharging = new PadCharging(operations, pads, scenario.charging());
        operations.depots = new DepotOperations(operations, fleets, CellWeights.origins(city, scenario.demand()),
                scenario.charging().chargeToShare(), random);
        operations.owners = new OwnerOperations(operations, random, scenario.charging().chargeBelowShare(),
                scenario.charging().chargeToShare());
        arrivals = new PoissonArrivals(scenario.demand(), calendar, random);
        trips = new TripSampler(city, scenario.demand(), random);
        outside = new OutsideTrips(city, scenario.demand().outOfArea(), random);
        repositioning = new RepositioningPolicy[operators.length];
        for (Operator operator : operators) {
            operator.dispatcher = new NearestVehicleDispatcher(city, calendar, operator.idleVehicles,
                    operator.waitingRequests, eligibility, scenario.dispatch().maxPickupMinutes());
            repositioning[operator.index()] = "zone_balance".equals(scenario.repositioning().policy())
                    ? new ZoneBalanceRepositioning(city, calendar, operator.idleVehicles, arrivals,
                            scenario.repositioning(), random)
                    : RepositioningPolicy.NONE;
        }

        schedule.scheduleOnce(0.0, ORDER_HOUR, hourTicker());
        for (Vehicle vehicle : vehicles) {
            operations.startVehicle(vehicle, 0.0);
        }
        if (demandSource != null) {
            scheduleRecord(demandSource.next(), 0.0);
        } else if (syntheticDemand) {
            scheduleNextArrival(0.0);
        }
        for (double[] injected : injectedRequests) {
            schedule.scheduleOnce(injected[0], ORDER_DEMAND, (Steppable) state -> operations.requestArrived(
                    newRequest(injected[0], (int) injected[1], (int) injected[2], injected[3]), injected[0]));
        }
        if ("zone_balance".equals(scenario.repositioning().policy())) {
            double interval = scenario.repositioning().intervalMinutes() * 60.0;
            schedule.scheduleRepeating(interval, ORDER_REPOSITIONING, (Steppable) state -> {
                for (RepositioningPolicy policy : repositioning) {
                    policy.rebalance(schedule.getTime(), operations);
                }
            }, interval);
        }
        schedule.scheduleOnce(horizon, ORDER_END, (Steppable) state -> endRun());
    }

    private void createFleets() {
        fleets = new ArrayList<>();
        List<Vehicle> all = new ArrayList<>();
        for (FleetSpec spec : scenario.fleets()) {
            Depot depot = spec.depot() == null ? null : depotNamed(spec.depot().depot());
            Fleet fleet = new Fleet(fleets.size(), spec, operatorNamed(spec.operator()), depot, city);
            fleets.add(fleet);
            AliasTable cells = switch (spec.placement()) {
                case UNIFORM -> new AliasTable(CellWeights.uniform(city));
                case RESIDENTIAL -> new AliasTable(CellWeights.residential(city));
                default -> null;
            };
            for (int i = 0; i < spec.vehicles(); i++) {
                int cell;
                if (depot != null) {
                    cell = depot.cell();
                } else if (spec.kind() == FleetKind.LENT) {
                    cell = 0;
                } else {
                    cell = cells != null ? cells.sample(random) : pads.pad(i % pads.size()).cell();
                }
                double share = spec.initialSocShare() + (random.nextDouble() * 2.0 - 1.0) * spec.initialSocSpread();
                share = Math.min(1.0, Math.max(0.0, share));
                Vehicle vehicle = new Vehicle(all.size(), i, fleet, new Battery(spec.batteryKwh(), share * spec.batteryKwh()), cell);
                fleet.add(vehicle);
                all.add(vehicle);
            }
        }
        vehicles = all.toArray(new Vehicle[0]);
    }

    private Depot depotNamed(String name) {
        for (Depot depot : depots) {
            if (depot.name().equals(name)) {
                return depot;
            }
        }
        throw new IllegalArgumentException("no depot named " + name);
    }

    private Operator operatorNamed(String name) {
        for (Operator operator : operators) {
            if (operator.name().equals(name)) {
                return operator;
            }
        }
        throw new IllegalArgumentException("no operator named " + name);
    }

    private Steppable hourTicker() {
        return new Steppable() {
            private static final long serialVersionUID = 1L;

            @Override
            public void step(SimState state) {
                double now = schedule.getTime();
                listeners.hourStarted(calendar.hourIndex(now), now);
                operations.depots.adjustDuty(now);
                if (calendar.hourOfDay(now) == 0 && now > 0) {
                    operations.owners.dayStarted(fleets, now);
                }
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
                Request request = outside.leavesCity()
                        ? newRequest(next, origin, outside.drawEdgeCell(), outside.drawMiles())
                        : newRequest(next, origin, trips.drawDestination(origin), 0.0);
                operations.requestArrived(request, next);
                scheduleNextArrival(next);
            });
        }
    }

    /**
     * Schedules the arrival of a pulled record. The arrival creates the request and every following
     * record with the same time, in the source's order, then schedules the next record pulled.
     */
    private void scheduleRecord(DemandRecord record, double notBefore) {
        if (record == null || record.time() >= horizon) {
            return;
        }
        if (!(record.time() >= notBefore)) {
            throw new IllegalStateException("the demand source returned a record at " + record.time()
                    + " s after one at " + notBefore + " s; records must come in time order from 0");
        }
        double time = record.time();
        schedule.scheduleOnce(time, ORDER_DEMAND, (Steppable) state -> {
            DemandRecord next = record;
            while (next != null && next.time() == time) {
                checkCells(next);
                operations.requestArrived(newRequest(time, next.origin(), next.destination(), 0.0), time);
                next = demandSource.next();
            }
            scheduleRecord(next, time);
        });
    }

    private void checkCells(DemandRecord record) {
        int cells = city.cellCount();
        if (record.origin() < 0 || record.origin() >= cells || record.destination() < 0 || record.destination() >= cells) {
            throw new IllegalStateException("the demand source returned " + record + ", but the grid has cells 0 to "
                    + (cells - 1));
        }
    }

    private Request newRequest(double time, int origin, int destination, double outsideMiles) {
        return new Request(nextRequestId++, time, origin, destination, outsideMiles);
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
    public void ownerDeparts(Owner owner) {
        operations.owners.ownerDeparts(owner, schedule.getTime());
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
        int total = 0;
        for (Operator operator : operators) {
            total += operator.waitingRequests.size();
        }
        return total;
    }

    public int idleVehicles() {
        int total = 0;
        for (Operator operator : operators) {
            total += operator.idleVehicles.size();
        }
        return total;
    }

    public List<Depot> depots() {
        return Collections.unmodifiableList(depots);
    }

    public List<Operator> operators() {
        return List.of(operators);
    }

    /** Returns how many requests have been created so far. */
    public long requestsCreated() {
        return nextRequestId;
    }

    /** Calls {@code action} for every request still waiting for a vehicle. */
    public void forEachWaitingRequest(java.util.function.Consumer<Request> action) {
        for (Operator operator : operators) {
            for (int cell = 0; cell < city.cellCount(); cell++) {
                for (Request r = operator.waitingRequests.first(cell); r != null; r = operator.waitingRequests.next(r)) {
                    action.accept(r);
                }
            }
        }
    }
}
