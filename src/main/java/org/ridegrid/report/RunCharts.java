package org.ridegrid.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds every chart of one run's report, in the order of the page. */
final class RunCharts {
    private static final Logger LOG = LoggerFactory.getLogger(RunCharts.class);

    private RunCharts() {
    }

    static List<ReportChart> build(RunData run, CityMapData maps) throws ReportInputException {
        List<ReportChart> charts = new ArrayList<>();
        List<String> fleets = run.fleets();
        for (int i = 0; i < fleets.size(); i++) {
            charts.add(FleetStateChart.build(run, fleets.get(i), fleetStem("fleet-state", fleets, i)));
        }
        charts.add(WaitChart.build(run));
        charts.add(EmptyMilesChart.build(run));
        for (int i = 0; i < fleets.size(); i++) {
            charts.add(ChargingChart.build(run, fleets.get(i), fleetStem("charging", fleets, i)));
        }
        Optional<List<Economics>> economics = run.economics();
        if (economics.isPresent()) {
            charts.add(EconomicsCharts.profit(run, economics.get()));
            charts.add(EconomicsCharts.cash(run, economics.get()));
        } else {
            LOG.info("{} has no economics numbers, so the profit and payback charts are skipped", run.summary().file());
        }
        charts.addAll(CityMaps.build(run, maps));
        return charts;
    }

    /** Returns a file stem naming the fleet; fleet names are letters, digits, '.', '_' and '-' (docs/scenarios.md). */
    static String fleetStem(String prefix, List<String> fleets, int index) {
        String safe = fleets.get(index).replaceAll("[^A-Za-z0-9._-]", "_");
        return prefix + "-" + safe;
    }
}
