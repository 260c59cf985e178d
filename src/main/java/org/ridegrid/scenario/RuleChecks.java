package org.ridegrid.scenario;

import java.util.HashMap;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Checks and reporting shared by the cross-field rule classes. A problem names the key written in
 * the file where possible, so that its line is shown.
 */
final class RuleChecks {
    private final ScenarioValues values;
    private final ProblemList problems;

    RuleChecks(ScenarioValues values, ProblemList problems) {
        this.values = values;
        this.problems = problems;
    }

    void checkUniqueNames(String listPath, String noun) {
        Map<String, String> firstPathByName = new HashMap<>();
        for (int i = 0; i < values.size(listPath); i++) {
            String path = KeyPaths.element(listPath, i) + ".name";
            if (!values.has(path)) {
                continue;
            }
            String first = firstPathByName.putIfAbsent(values.text(path), path);
            if (first != null) {
                fail(path, noun + " names must be unique, and " + first + " has the same name. Rename one of them.");
            }
        }
    }

    void checkInsideGrid(String coordinatePath, String sizePath) {
        if (values.has(coordinatePath) && values.has(sizePath)
                && values.integer(coordinatePath) >= values.integer(sizePath)) {
            fail(coordinatePath, "must be inside the grid, from 0 to " + sizePath + " - 1 = "
                    + (values.integer(sizePath) - 1) + ".");
        }
    }

    /**
     * Requires {@code lower < upper} (or {@code <=} when not strict). The problem names the key
     * written in the file, preferring {@code upper} when both are.
     */
    void requireLess(String lower, String upper, boolean strict) {
        if (!values.has(lower) || !values.has(upper)) {
            return;
        }
        double low = values.number(lower);
        double high = values.number(upper);
        if (strict ? low < high : low <= high) {
            return;
        }
        String relation = strict ? "" : " or equal to";
        if (values.node(upper) != null || values.node(lower) == null) {
            fail(upper, "must be larger than" + relation + " " + show(lower) + ".");
        } else {
            fail(lower, "must be smaller than" + relation + " " + show(upper) + ".");
        }
    }

    /** Returns "path = value" for use inside a message. */
    String show(String path) {
        return path + " = " + valueText(path);
    }

    String valueText(String path) {
        Node node = values.node(path);
        if (node != null) {
            return ProblemList.describe(node);
        }
        Object value = values.get(path);
        if (value instanceof Double number) {
            return NumberText.format(number);
        }
        if (value instanceof double[] numbers) {
            return NumberText.formatList(numbers);
        }
        return value == null ? null : String.valueOf(value);
    }

    void fail(String path, String reason) {
        problems.at(values.nearestNode(path), path, valueText(path), "is invalid: " + reason);
    }

    /** Reports a problem at a path without a value, such as a missing key. */
    void report(String path, String reason) {
        problems.at(values.nearestNode(path), path, null, reason);
    }
}
