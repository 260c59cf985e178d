package org.ridegrid.gui;

import java.util.Locale;

import org.ridegrid.model.RideGridModel;
import org.ridegrid.scenario.FleetSpec;
import org.ridegrid.scenario.Scenario;

/**
 * The main scenario settings, shown read-only in the Console's Model tab. The city, fleets and pads
 * are built when a run starts, so a change needs a new window with other {@code --set} values;
 * only the seed can change here, in the Console tab, and it takes effect at the next start.
 */
public final class ScenarioSettings {
    private final RideGridModel model;
    private final double frameSeconds;

    ScenarioSettings(RideGridModel model, double frameSeconds) {
        this.model = model;
        this.frameSeconds = frameSeconds;
    }

    private Scenario scenario() {
        return model.scenario();
    }

    public String getNote() {
        return "Read-only: change these with --set and open the view again. The seed is set in the Console tab"
                + " and used when the run is restarted.";
    }

    public String getScenario() {
        return scenario().name();
    }

    /** Returns the seed of the current run, which the Console tab may have changed since launch. */
    public long getSeed() {
        return model.seed();
    }

    public int getDays() {
        return scenario().days();
    }

    public String getStartWeekday() {
        return scenario().startWeekday().name().toLowerCase(Locale.ROOT);
    }

    public String getCity() {
        return String.format(Locale.ROOT, "%d x %d cells of %.2f mi, %d zones", scenario().city().widthCells(),
                scenario().city().heightCells(), scenario().city().cellMiles(), scenario().city().zones().size());
    }

    public String getFleets() {
        StringBuilder text = new StringBuilder();
        for (FleetSpec fleet : scenario().fleets()) {
            if (text.length() > 0) {
                text.append("; ");
            }
            text.append(String.format(Locale.ROOT, "%s: %d %s, %.0f kWh", fleet.name(), fleet.vehicles(),
                    fleet.kind().key(), fleet.batteryKwh()));
        }
        return text.toString();
    }

    public double getRequestsPerDay() {
        return scenario().demand().requestsPerDay();
    }

    public double getMaxWaitMinutes() {
        return scenario().demand().maxWaitMinutes();
    }

    public String getPads() {
        if (model.pads() == null) {
            return "placed when the run starts";
        }
        return String.format(Locale.ROOT, "%d pads, %d places (%s placement)", model.pads().size(),
                model.pads().totalPlaces(), scenario().charging().placement().name().toLowerCase(Locale.ROOT));
    }

    public String getDispatch() {
        return String.format(Locale.ROOT, "%s, max pickup %.0f min", scenario().dispatch().policy(),
                scenario().dispatch().maxPickupMinutes());
    }

    public String getRepositioning() {
        return String.format(Locale.ROOT, "%s every %.0f min", scenario().repositioning().policy(),
                scenario().repositioning().intervalMinutes());
    }

    /** Returns the simulated seconds between two frames of the view. */
    public double getFrameSeconds() {
        return frameSeconds;
    }
}
