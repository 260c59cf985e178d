package org.ridegrid.model;

import org.ridegrid.energy.Battery;

/** Factory of vehicles at chosen cells for tests outside this package, where the Vehicle constructor is not visible. */
public final class TestVehicles {
    private TestVehicles() {
    }

    /** Creates vehicle {@code index} of the run, the next one of {@code fleet}, at {@code cell} with {@code chargeKwh}. */
    public static Vehicle create(int index, Fleet fleet, double chargeKwh, int cell) {
        Battery battery = new Battery(fleet.spec().batteryKwh(), chargeKwh);
        Vehicle vehicle = new Vehicle(index, fleet.vehicles().size(), fleet, battery, cell);
        fleet.add(vehicle);
        return vehicle;
    }
}
