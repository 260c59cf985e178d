package org.ridegrid.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.ridegrid.output.ScenarioRun;

/**
 * Counts per grid cell for the city maps: request origins and abandoned requests (trips.csv, absent
 * when the run set {@code output.trips_csv: false}), vehicle positions at the end of the run
 * (vehicles.csv) and pad places (pads.csv).
 */
record CityMapData(Optional<GridCounts> requests, Optional<GridCounts> abandoned, GridCounts finalVehicles,
        GridCounts padPlaces) {

    static CityMapData read(Path folder, ScenarioInfo scenario) throws ReportInputException {
        int width = scenario.widthCells();
        int height = scenario.heightCells();
        Optional<GridCounts> requests = Optional.empty();
        Optional<GridCounts> abandoned = Optional.empty();
        Path tripsFile = folder.resolve(ScenarioRun.TRIPS_FILE);
        if (Files.exists(tripsFile)) {
            CsvTable trips = CsvTable.read(tripsFile, List.of("origin_x", "origin_y", "outcome"));
            GridCounts all = GridCounts.empty(width, height);
            GridCounts gaveUp = GridCounts.empty(width, height);
            for (int row = 0; row < trips.size(); row++) {
                all.add(trips, row, "origin_x", "origin_y", 1);
                if (trips.text(row, "outcome").equals("abandoned")) {
                    gaveUp.add(trips, row, "origin_x", "origin_y", 1);
                }
            }
            requests = Optional.of(all);
            abandoned = Optional.of(gaveUp);
        }
        CsvTable vehicles = CsvTable.read(folder.resolve(ScenarioRun.VEHICLES_FILE), List.of("final_x", "final_y"));
        GridCounts finalVehicles = GridCounts.empty(width, height);
        for (int row = 0; row < vehicles.size(); row++) {
            finalVehicles.add(vehicles, row, "final_x", "final_y", 1);
        }
        CsvTable pads = CsvTable.read(folder.resolve(ScenarioRun.PADS_FILE), List.of("x", "y", "places"));
        GridCounts padPlaces = GridCounts.empty(width, height);
        for (int row = 0; row < pads.size(); row++) {
            padPlaces.add(pads, row, "x", "y", pads.integer(row, "places"));
        }
        return new CityMapData(requests, abandoned, finalVehicles, padPlaces);
    }
}
