package org.ridegrid.report;

import java.util.ArrayList;
import java.util.List;

import org.ridegrid.output.Numbers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The city map charts of one run: request origins, abandoned requests, vehicles at the end, pads. */
final class CityMaps {
    private static final Logger LOG = LoggerFactory.getLogger(CityMaps.class);

    private CityMaps() {
    }

    static List<ReportChart> build(RunData run, CityMapData maps) {
        ScenarioInfo scenario = run.scenario();
        double cellMiles = scenario.cellMiles();
        List<ReportChart> charts = new ArrayList<>();
        if (maps.requests().isPresent() && maps.abandoned().isPresent()) {
            GridCounts requests = maps.requests().get();
            GridCounts abandoned = maps.abandoned().get();
            charts.add(CityMapChart.build("map-requests", "Where requests came from",
                    run.label() + ": origin cell of " + Numbers.format(requests.total(), 0) + " requests (trips.csv)",
                    "Requests per cell", requests, cellMiles,
                    "Origins of all requests over the run. Demand is densest where the cells are darkest."));
            charts.add(CityMapChart.build("map-abandoned", "Where riders abandoned their requests",
                    run.label() + ": origin cell of " + Numbers.format(abandoned.total(), 0)
                            + " abandoned requests (trips.csv)",
                    "Abandoned requests per cell", abandoned, cellMiles,
                    "Origins of the requests nobody was assigned to in time. Dark cells far from the demand"
                            + " centre point to vehicles placed too far away."));
        } else {
            LOG.info("{} has no trips.csv (output.trips_csv: false), so the request and abandonment maps are skipped",
                    run.folder());
        }
        charts.add(CityMapChart.build("map-vehicles", "Vehicle positions at the end of the run",
                run.label() + ": cell of every vehicle, in any state, when the run ended (vehicles.csv final_x,"
                        + " final_y; a vehicle on the move counts where its last leg started)",
                "Vehicles per cell", maps.finalVehicles(), cellMiles,
                "Where the fleet stood when the run ended, idle or not: vehicles.csv keeps no other positions,"
                        + " so this is one moment, not where vehicles wait on average."));
        charts.add(CityMapChart.build("map-pads", "Charging pads",
                run.label() + ": " + Numbers.format(maps.padPlaces().total(), 0) + " pad places (pads.csv)",
                "Pad places per cell", maps.padPlaces(), cellMiles,
                "Charging places per cell. Compare with the request map: pads far from demand cost empty miles."));
        return charts;
    }
}
