package org.ridegrid.replay;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.ridegrid.demand.DemandRecord;
import org.ridegrid.scenario.Scenario;
import org.ridegrid.scenario.ScenarioException;
import org.ridegrid.scenario.ScenarioLoader;

/** Scenarios and trip files for the replay tests: a 40 x 40 grid of 0.25-mile cells, one day. */
final class ReplayFixtures {
    static final double AUSTIN_LATITUDE = 30.266;
    static final double AUSTIN_LONGITUDE = -97.740;
    static final double MANHATTAN_LATITUDE = 40.758;
    static final double MANHATTAN_LONGITUDE = -73.985;

    private static final String BASE = """
            name: replay-test
            days: 1
            start_weekday: wednesday
            city:
              width_cells: 40
              height_cells: 40
              cell_miles: 0.25
            fleets:
              - {name: cabs, kind: cybercab, vehicles: 5}
            """;

    private ReplayFixtures() {
    }

    /** Returns the test scenario with its grid centred on the given point. */
    static Scenario anchoredAt(double latitude, double longitude) throws ScenarioException {
        return ScenarioLoader.parse(BASE, "replay-test.yaml", List.of(
                "city.anchor.latitude=" + latitude, "city.anchor.longitude=" + longitude)).scenario();
    }

    static Scenario austin() throws ScenarioException {
        return anchoredAt(AUSTIN_LATITUDE, AUSTIN_LONGITUDE);
    }

    static Scenario withoutAnchor() throws ScenarioException {
        return ScenarioLoader.parse(BASE, "replay-test.yaml", List.of()).scenario();
    }

    /** Writes the lines, each ended by a newline, to a new file in {@code folder}. */
    static Path write(Path folder, String name, String... lines) throws IOException {
        return Files.writeString(folder.resolve(name), String.join("\n", lines) + "\n");
    }

    /** Opens a replay of {@code file} (format null detects it) and pulls every record. */
    static Replayed replay(Path file, TripFormat format, Path zones, Scenario scenario) {
        try (ReplaySource source = new TripReplay(file, format, zones, scenario).open()) {
            List<DemandRecord> records = new ArrayList<>();
            for (DemandRecord record = source.next(); record != null; record = source.next()) {
                records.add(record);
            }
            return new Replayed(records, source.report());
        }
    }

    /** The records of a replay and its counts. */
    record Replayed(List<DemandRecord> records, TripFileReport report) {
    }
}
