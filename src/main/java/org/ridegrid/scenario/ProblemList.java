package org.ridegrid.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Collects the problems of one load. A problem is placed by the YAML node it concerns: nodes parsed
 * from the file carry the file name and line, and nodes parsed from a command-line option carry a
 * label registered with {@link #labelFor}, so the problem names that option instead.
 */
final class ProblemList {
    private static final int MAX_VALUE_CHARS = 60;
    /** Nesting shown in messages; it also stops at self-referring YAML aliases. */
    private static final int MAX_DEPTH = 3;

    private final String sourceName;
    private final Map<String, ScenarioProblem> optionByLabel = new HashMap<>();
    private final List<ScenarioProblem> problems = new ArrayList<>();

    ProblemList(String sourceName) {
        this.sourceName = sourceName;
    }

    String sourceName() {
        return sourceName;
    }

    /** Registers and returns the label under which the value of a command-line option is parsed. */
    String labelFor(String option, String argument) {
        String label = option + " " + argument;
        optionByLabel.put(label, new ScenarioProblem(option, argument, 0, "", null, ""));
        return label;
    }

    /** Adds a problem placed at a node; a null node places it in the file without a line. */
    void at(Node node, String key, String value, String reason) {
        at(node == null ? Optional.empty() : node.getStartMark(), key, value, reason);
    }

    /** Adds a problem placed at a mark. */
    void at(Optional<Mark> mark, String key, String value, String reason) {
        ScenarioProblem option = mark.map(m -> optionByLabel.get(m.getName())).orElse(null);
        if (option != null) {
            problems.add(new ScenarioProblem(option.sourceName(), option.override(), 0, key, value, reason));
        } else {
            int line = mark.map(m -> m.getLine() + 1).orElse(0);
            problems.add(new ScenarioProblem(sourceName, "", line, key, value, reason));
        }
    }

    /** Adds a problem of a command-line option, before its value has been parsed. */
    void atOption(String option, String argument, String key, String value, String reason) {
        problems.add(new ScenarioProblem(option, argument, 0, key, value, reason));
    }

    /** Adds a problem placed in another file, such as a table that a scenario key names. */
    void add(ScenarioProblem problem) {
        problems.add(problem);
    }

    int size() {
        return problems.size();
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    void throwIfAny() throws ScenarioException {
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
    }

    /** Returns a node as it was written, shortened for messages, or null for an empty value. */
    static String describe(Node node) {
        String text = render(node, 0);
        if (text == null || text.length() <= MAX_VALUE_CHARS) {
            return text;
        }
        return text.substring(0, MAX_VALUE_CHARS - 3) + "...";
    }

    private static String render(Node node, int depth) {
        if (depth > MAX_DEPTH) {
            return "...";
        }
        if (node instanceof ScalarNode scalar) {
            if (scalar.getTag().equals(Tag.NULL) && scalar.getValue().isEmpty()) {
                return null;
            }
            return scalar.getScalarStyle() == ScalarStyle.PLAIN ? scalar.getValue() : "\"" + scalar.getValue() + "\"";
        }
        if (node instanceof SequenceNode sequence) {
            return sequence.getValue().stream()
                    .map(element -> renderOrEmpty(element, depth + 1))
                    .collect(Collectors.joining(", ", "[", "]"));
        }
        MappingNode mapping = (MappingNode) node;
        return mapping.getValue().stream()
                .map(t -> renderOrEmpty(t.getKeyNode(), depth + 1) + ": " + renderOrEmpty(t.getValueNode(), depth + 1))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private static String renderOrEmpty(Node node, int depth) {
        String text = render(node, depth);
        return text == null ? "" : text;
    }
}
