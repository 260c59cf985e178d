package org.ridegrid.scenario;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Validated values by concrete path ({@code fleets[0].vehicles}), with the YAML node each came from,
 * the element count of each list and the sections the scenario writes. Defaults are added with no node.
 */
final class ScenarioValues {
    private final Map<String, Object> values = new HashMap<>();
    private final Map<String, Node> nodes = new HashMap<>();
    private final Map<String, Integer> sizes = new HashMap<>();
    private final Set<String> invalid = new HashSet<>();
    private final Set<String> writtenSections = new HashSet<>();

    /** Stores a value: Long, Double, String, Boolean or double[]. */
    void put(String path, Object value, Node node) {
        values.put(path, value);
        putNode(path, node);
    }

    /** Stores the node a path came from; nodes an override added only to hold defaults are left out. */
    void putNode(String path, Node node) {
        boolean holdsDefault = node != null
                && node.getStartMark().map(m -> m.getName().equals(OverrideApplier.DEFAULT_LABEL)).orElse(false);
        if (node != null && !holdsDefault) {
            nodes.put(path, node);
        }
    }

    void putSize(String listPath, int size, Node node) {
        sizes.put(listPath, size);
        putNode(listPath, node);
    }

    /** Records that the scenario writes a section, even as an empty value, and stores its node. */
    void putSection(String path, Node node) {
        writtenSections.add(path);
        putNode(path, node);
    }

    /** Returns true when the scenario, or an override, writes the section. */
    boolean hasSection(String path) {
        return writtenSections.contains(path);
    }

    /** Records that a problem was already reported for a path, so no default replaces it. */
    void markInvalid(String path) {
        invalid.add(path);
    }

    boolean isInvalid(String path) {
        return invalid.contains(path);
    }

    /** Returns true when the path or any path enclosing it was reported invalid. */
    boolean isInvalidOrInside(String path) {
        for (String p = path; !p.isEmpty(); p = KeyPaths.parent(p)) {
            if (invalid.contains(p)) {
                return true;
            }
        }
        return false;
    }

    boolean has(String path) {
        return values.containsKey(path);
    }

    boolean hasSize(String listPath) {
        return sizes.containsKey(listPath);
    }

    Object get(String path) {
        return values.get(path);
    }

    double number(String path) {
        return ((Number) required(path)).doubleValue();
    }

    long integer(String path) {
        return (Long) required(path);
    }

    String text(String path) {
        return (String) required(path);
    }

    boolean bool(String path) {
        return (Boolean) required(path);
    }

    double[] numbers(String path) {
        return ((double[]) required(path)).clone();
    }

    /** Returns the element count of a list, or 0 when the list is not set. */
    int size(String listPath) {
        return sizes.getOrDefault(listPath, 0);
    }

    /** Returns the node of a path or, for a default, of the nearest enclosing path written in the YAML. */
    Node nearestNode(String path) {
        for (String p = path; !p.isEmpty(); p = KeyPaths.parent(p)) {
            Node node = nodes.get(p);
            if (node != null) {
                return node;
            }
        }
        return nodes.get("");
    }

    /** Returns the node a path's value came from, or null for a default. */
    Node node(String path) {
        return nodes.get(path);
    }

    private Object required(String path) {
        Object value = values.get(path);
        if (value == null) {
            throw new IllegalStateException("no value for " + path);
        }
        return value;
    }
}
