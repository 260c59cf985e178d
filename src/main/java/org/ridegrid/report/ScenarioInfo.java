package org.ridegrid.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * The settings of a run that a report shows, read from the effective scenario.yaml of its run
 * folder (every default filled in, key names as in docs/scenarios.md).
 */
record ScenarioInfo(String name, long seed, int days, String startWeekday, int widthCells, int heightCells,
        double cellMiles, double requestsPerDay, double maxWaitMinutes, List<FleetInfo> fleets, String padPlacement,
        int padLocations) {

    /** One entry of {@code fleets}. */
    record FleetInfo(String name, String kind, int vehicles) {
    }

    static ScenarioInfo read(Path file) throws ReportInputException {
        if (!Files.isRegularFile(file)) {
            throw new ReportInputException(file + " is missing.");
        }
        Object root;
        try {
            Load load = new Load(LoadSettings.builder().setLabel(file.toString()).build());
            root = load.loadFromString(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | YamlEngineException e) {
            throw new ReportInputException(file + " is not valid YAML: " + e.getMessage(), e);
        }
        if (!(root instanceof Map<?, ?> top)) {
            throw new ReportInputException(file + " is not a scenario: its top level is not a mapping.");
        }
        YamlMap scenario = new YamlMap(file, "", top);
        YamlMap city = scenario.map("city");
        YamlMap demand = scenario.map("demand");
        YamlMap pads = scenario.map("charging").map("pads");
        List<FleetInfo> fleets = new ArrayList<>();
        for (YamlMap fleet : scenario.maps("fleets")) {
            fleets.add(new FleetInfo(fleet.text("name"), fleet.text("kind"), (int) fleet.number("vehicles")));
        }
        return new ScenarioInfo(scenario.text("name"), (long) scenario.number("seed"), (int) scenario.number("days"),
                scenario.text("start_weekday"), (int) city.number("width_cells"), (int) city.number("height_cells"),
                city.number("cell_miles"), demand.number("requests_per_day"), demand.number("max_wait_minutes"),
                List.copyOf(fleets), pads.text("placement"), pads.optionalList("locations").size());
    }

    int vehicles() {
        return fleets.stream().mapToInt(FleetInfo::vehicles).sum();
    }

    /** A mapping of the loaded YAML with checked access; {@code path} is its dotted key path, for messages. */
    private record YamlMap(Path file, String path, Map<?, ?> values) {
        private Object value(String key) throws ReportInputException {
            Object value = values.get(key);
            if (value == null) {
                throw new ReportInputException(file + ": key " + path + key + " is missing. Is this a scenario.yaml"
                        + " written by a RideGrid run?");
            }
            return value;
        }

        YamlMap map(String key) throws ReportInputException {
            if (value(key) instanceof Map<?, ?> child) {
                return new YamlMap(file, path + key + ".", child);
            }
            throw new ReportInputException(file + ": key " + path + key + " is not a mapping.");
        }

        List<YamlMap> maps(String key) throws ReportInputException {
            List<YamlMap> result = new ArrayList<>();
            if (!(value(key) instanceof List<?> list)) {
                throw new ReportInputException(file + ": key " + path + key + " is not a list.");
            }
            for (int i = 0; i < list.size(); i++) {
                if (!(list.get(i) instanceof Map<?, ?> element)) {
                    throw new ReportInputException(file + ": " + path + key + "[" + i + "] is not a mapping.");
                }
                result.add(new YamlMap(file, path + key + "[" + i + "].", element));
            }
            return result;
        }

        List<?> optionalList(String key) {
            return values.get(key) instanceof List<?> list ? list : List.of();
        }

        String text(String key) throws ReportInputException {
            return String.valueOf(value(key));
        }

        double number(String key) throws ReportInputException {
            if (value(key) instanceof Number number) {
                return number.doubleValue();
            }
            throw new ReportInputException(file + ": key " + path + key + " = " + value(key) + " is not a number.");
        }
    }
}
