package org.ridegrid.metrics;

import org.ridegrid.model.RideGridModel;

/** The statistics collectors of one run, subscribed to its model in the right order. */
public final class RunCollectors {
    private final RequestStats requests;
    private final VehicleStats vehicles;
    private final HourlyStats hourly;
    private final PadStats pads;
    private final DepotStats depots;
    private final OwnerStats owners;
    private final AccountingCheck accounting;

    private RunCollectors(RideGridModel model, boolean checkAccounting) {
        int vehicleCount = model.scenario().fleets().stream().mapToInt(f -> f.vehicles()).sum();
        requests = new RequestStats(model.calendar());
        vehicles = new VehicleStats(vehicleCount);
        hourly = new HourlyStats(model, model.scenario().fleets().size(), model.scenario().days() * 24);
        pads = new PadStats();
        depots = new DepotStats();
        owners = new OwnerStats();
        accounting = checkAccounting ? new AccountingCheck(model, vehicles, requests, pads, depots, owners) : null;
        model.addListener(requests);
        model.addListener(vehicles);
        model.addListener(hourly);
        model.addListener(pads);
        model.addListener(depots);
        model.addListener(owners);
        if (accounting != null) {
            model.addListener(accounting);
        }
    }

    /**
     * Subscribes the collectors to a model that has not started. With {@code checkAccounting} the
     * accounting identities are checked every simulated hour, and a broken one stops the run.
     */
    public static RunCollectors attach(RideGridModel model, boolean checkAccounting) {
        return new RunCollectors(model, checkAccounting);
    }

    public RequestStats requests() {
        return requests;
    }

    public VehicleStats vehicles() {
        return vehicles;
    }

    public HourlyStats hourly() {
        return hourly;
    }

    public PadStats pads() {
        return pads;
    }

    public DepotStats depots() {
        return depots;
    }

    public OwnerStats owners() {
        return owners;
    }

    /** Returns the accounting check, or null when the run does not check. */
    public AccountingCheck accounting() {
        return accounting;
    }
}
