package org.ridegrid.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * summary.json of a run folder, with checked access: a missing key or a value of the wrong type
 * is reported with the file and the key path. Key meanings are in docs/outputs.md.
 */
final class RunSummary {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final JsonNode root;

    private RunSummary(Path file, JsonNode root) {
        this.file = file;
        this.root = root;
    }

    static RunSummary read(Path file) throws ReportInputException {
        if (!Files.isRegularFile(file)) {
            throw new ReportInputException(file + " is missing.");
        }
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new ReportInputException(file + " line " + e.getLocation().getLineNr() + ": not valid JSON: "
                    + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ReportInputException(file + " cannot be read: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new ReportInputException(file + " is not a run summary: its top level is not a JSON object.");
        }
        RunSummary summary = new RunSummary(file, root);
        summary.fleets();
        return summary;
    }

    Path file() {
        return file;
    }

    JsonNode root() {
        return root;
    }

    /** Returns the number at {@code path} (keys separated by dots); NaN for a JSON null, which means "not defined". */
    double number(String path) throws ReportInputException {
        return number(root, path);
    }

    double number(JsonNode node, String path) throws ReportInputException {
        JsonNode value = at(node, path);
        if (value.isNull()) {
            return Double.NaN;
        }
        if (!value.isNumber()) {
            throw new ReportInputException(file + ": key " + path + " = " + value + " is not a number.");
        }
        return value.asDouble();
    }

    String text(JsonNode node, String path) throws ReportInputException {
        JsonNode value = at(node, path);
        if (!value.isTextual()) {
            throw new ReportInputException(file + ": key " + path + " = " + value + " is not a string.");
        }
        return value.asText();
    }

    JsonNode at(JsonNode node, String path) throws ReportInputException {
        JsonNode current = node;
        for (String key : path.split("\\.")) {
            current = current.get(key);
            if (current == null) {
                throw new ReportInputException(file + ": key " + path + " is missing. Is this the summary.json of a"
                        + " RideGrid run?");
            }
        }
        return current;
    }

    /** Returns the elements of {@code fleets}. */
    List<JsonNode> fleets() throws ReportInputException {
        JsonNode fleets = at(root, "fleets");
        if (!fleets.isArray() || fleets.isEmpty()) {
            throw new ReportInputException(file + ": key fleets is not a non-empty list.");
        }
        List<JsonNode> result = new ArrayList<>();
        fleets.forEach(result::add);
        return result;
    }

    /** Returns the element of {@code fleets} named {@code name}. */
    JsonNode fleet(String name) throws ReportInputException {
        for (JsonNode fleet : fleets()) {
            if (name.equals(fleet.path("name").asText())) {
                return fleet;
            }
        }
        throw new ReportInputException(file + ": fleets has no fleet named " + name + ", but hourly.csv has.");
    }

    List<String> fleetNames() throws ReportInputException {
        List<String> names = new ArrayList<>();
        for (JsonNode fleet : fleets()) {
            names.add(text(fleet, "name"));
        }
        return names;
    }
}
