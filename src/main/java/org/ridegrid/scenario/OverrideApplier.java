package org.ridegrid.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Applies command-line overrides to the composed YAML tree before it is validated. The new value
 * nodes carry the option's label, so problems with them name the option instead of a file line.
 * Keys missing from the file are added, but a list element must already exist.
 *
 * <p>NOTE: a sequence the file shares through a YAML alias is changed in every place that uses the
 * alias when an override sets one of its elements.
 */
final class OverrideApplier {
    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)((?:\\[\\d+\\])*)|(\\d+)");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)\\]");

    /**
     * Label of the nodes an override adds that hold no value of its own: defaults of a list it
     * changes and mappings on the way to its key. {@link ScenarioValues} treats them like defaults.
     */
    static final String DEFAULT_LABEL = "(default)";

    private final ProblemList problems;

    OverrideApplier(ProblemList problems) {
        this.problems = problems;
    }

    /** Applies each override in order, so a later one wins over an earlier one for the same key. */
    void apply(MappingNode root, List<ScenarioOverride> overrides) {
        for (ScenarioOverride override : overrides) {
            applyOne(root, override);
        }
    }

    private void applyOne(MappingNode root, ScenarioOverride override) {
        List<Object> segments = parsePath(override.path());
        if (segments == null) {
            problems.atOption(override.option(), override.argument(), "", null, "the key is not a valid dotted path."
                    + " Write, for example, demand.requests_per_day=5000 or fleets[0].vehicles=300.");
            return;
        }
        String path = concretePath(segments);
        if (!isKnown(KeyPaths.catalogueForm(path))) {
            problems.atOption(override.option(), override.argument(), path, null, "is an unknown key. " + suggestion(path));
            return;
        }
        String label = problems.labelFor(override.option(), override.argument());
        Optional<Node> value = parseValue(override.valueText(), label);
        if (value.isPresent()) {
            setNode(root, segments, value.get(), override, label);
        }
    }

    /** Parses "a.b[0].c" or "a.b.0.c" into names (String) and list indices (Integer); null if malformed. */
    static List<Object> parsePath(String path) {
        if (path.isEmpty()) {
            return null;
        }
        List<Object> segments = new ArrayList<>();
        for (String part : path.split("\\.", -1)) {
            Matcher matcher = SEGMENT.matcher(part);
            if (!matcher.matches()) {
                return null;
            }
            if (matcher.group(3) != null) {
                if (segments.isEmpty()) {
                    return null;
                }
                segments.add(parseIndex(matcher.group(3)));
                continue;
            }
            segments.add(matcher.group(1));
            Matcher index = INDEX.matcher(matcher.group(2));
            while (index.find()) {
                segments.add(parseIndex(index.group(1)));
            }
        }
        return segments.contains(-1) ? null : segments;
    }

    private static int parseIndex(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static String concretePath(List<Object> segments) {
        StringBuilder path = new StringBuilder();
        for (Object segment : segments) {
            if (segment instanceof Integer index) {
                path.append('[').append(index).append(']');
            } else {
                path.append(path.length() == 0 ? "" : ".").append(segment);
            }
        }
        return path.toString();
    }

    /** Accepts keys, sections, list elements ({@code fleets[]}) and number list elements ({@code ...weekday[]}). */
    private static boolean isKnown(String cataloguePath) {
        if (ScenarioKeys.find(cataloguePath).isPresent() || ScenarioKeys.isSection(cataloguePath)) {
            return true;
        }
        if (!cataloguePath.endsWith("[]")) {
            return false;
        }
        Optional<ScenarioKey> list = ScenarioKeys.find(cataloguePath.substring(0, cataloguePath.length() - 2));
        return list.map(k -> k.type() == KeyType.MAPPING_LIST || k.type() == KeyType.NUMBER_LIST).orElse(false);
    }

    /** Suggests the nearest full key path, with the user's list indices put back in. */
    private static String suggestion(String path) {
        String cataloguePath = KeyPaths.catalogueForm(path);
        List<String> candidates = ScenarioKeys.all().stream().map(ScenarioKey::path).toList();
        Optional<String> nearest = NearestKey.find(cataloguePath, candidates);
        if (nearest.isPresent()) {
            return "Did you mean `" + withIndices(nearest.get(), path) + "`?";
        }
        String unknown = cataloguePath;
        while (!KeyPaths.parent(unknown).isEmpty() && !isKnown(KeyPaths.parent(unknown))) {
            unknown = KeyPaths.parent(unknown);
        }
        return ScenarioTreeReader.suggestion(unknown);
    }

    private static String withIndices(String cataloguePath, String concretePath) {
        Matcher indices = INDEX.matcher(concretePath);
        StringBuilder result = new StringBuilder();
        int start = 0;
        for (int marker = cataloguePath.indexOf("[]"); marker >= 0; marker = cataloguePath.indexOf("[]", start)) {
            if (!indices.find()) {
                return cataloguePath;
            }
            result.append(cataloguePath, start, marker).append(indices.group());
            start = marker + 2;
        }
        return result.append(cataloguePath.substring(start)).toString();
    }

    private Optional<Node> parseValue(String valueText, String label) {
        if (valueText.isBlank()) {
            Optional<Mark> mark = Optional.of(markFor(label));
            return Optional.of(new ScalarNode(Tag.NULL, true, "", ScalarStyle.PLAIN, mark, mark));
        }
        // Text without content, such as a lone comment, counts as an empty value like blank text.
        Optional<Node> value = YamlText.compose(valueText, label, problems);
        if (value.isEmpty()) {
            Optional<Mark> mark = Optional.of(markFor(label));
            return Optional.of(new ScalarNode(Tag.NULL, true, "", ScalarStyle.PLAIN, mark, mark));
        }
        return value;
    }

    private void setNode(MappingNode root, List<Object> segments, Node value, ScenarioOverride override, String label) {
        Node current = root;
        String walked = "";
        for (int s = 0; s < segments.size(); s++) {
            boolean last = s == segments.size() - 1;
            Object segment = segments.get(s);
            if (segment instanceof String name) {
                if (!(current instanceof MappingNode mapping)) {
                    fail(override, walked, "is not a mapping in the file, so keys under it cannot be set.");
                    return;
                }
                String childPath = KeyPaths.join(walked, name);
                int found = indexOf(mapping, name);
                Node child = found < 0 ? null : mapping.getValue().get(found).getValueNode();
                if (last) {
                    put(mapping, found, name, value, label);
                    return;
                }
                if (child == null || ValueReader.isEmpty(child)) {
                    Optional<Mark> mark = Optional.of(markFor(DEFAULT_LABEL));
                    child = segments.get(s + 1) instanceof Integer ? defaultList(childPath)
                            : new MappingNode(Tag.MAP, true, new ArrayList<>(), FlowStyle.BLOCK, mark, mark);
                    put(mapping, found, name, child, DEFAULT_LABEL);
                }
                current = child;
                walked = childPath;
            } else {
                int index = (Integer) segment;
                String elementPath = KeyPaths.element(walked, index);
                if (!(current instanceof SequenceNode sequence)) {
                    fail(override, walked, "is not a list in the file, so " + elementPath + " cannot be set.");
                    return;
                }
                if (index >= sequence.getValue().size()) {
                    fail(override, elementPath, "does not exist, because " + walked + " has " + sequence.getValue().size()
                            + " element(s), numbered from 0. Add the element to the file first.");
                    return;
                }
                if (last) {
                    sequence.getValue().set(index, value);
                    return;
                }
                current = sequence.getValue().get(index);
                walked = elementPath;
            }
        }
    }

    /**
     * Builds the nodes of a list's default elements, so that an override can change one element of
     * a list the file leaves out. A list without default elements becomes an empty sequence.
     */
    private static SequenceNode defaultList(String listPath) {
        Optional<Mark> mark = Optional.of(markFor(DEFAULT_LABEL));
        List<Node> elements = new ArrayList<>();
        Object defaults = ScenarioKeys.find(KeyPaths.catalogueForm(listPath)).map(ScenarioKey::defaultValue).orElse(null);
        if (defaults instanceof List<?> maps) {
            for (Object map : maps) {
                List<NodeTuple> tuples = new ArrayList<>();
                for (Map.Entry<?, ?> entry : ((Map<?, ?>) map).entrySet()) {
                    Object value = entry.getValue();
                    ScalarNode valueNode = value instanceof String text
                            ? new ScalarNode(Tag.STR, true, text, ScalarStyle.DOUBLE_QUOTED, mark, mark)
                            : new ScalarNode(Tag.FLOAT, true, NumberText.format(((Number) value).doubleValue()),
                                    ScalarStyle.PLAIN, mark, mark);
                    ScalarNode keyNode = new ScalarNode(Tag.STR, true, (String) entry.getKey(), ScalarStyle.PLAIN, mark, mark);
                    tuples.add(new NodeTuple(keyNode, valueNode));
                }
                elements.add(new MappingNode(Tag.MAP, true, tuples, FlowStyle.BLOCK, mark, mark));
            }
        }
        return new SequenceNode(Tag.SEQ, true, elements, FlowStyle.BLOCK, mark, mark);
    }

    private static int indexOf(MappingNode mapping, String name) {
        List<NodeTuple> tuples = mapping.getValue();
        for (int i = 0; i < tuples.size(); i++) {
            if (tuples.get(i).getKeyNode() instanceof ScalarNode key && key.getValue().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Replaces the value of tuple {@code found}, or appends a new key when {@code found} is -1. */
    private static void put(MappingNode mapping, int found, String name, Node value, String label) {
        if (found >= 0) {
            NodeTuple old = mapping.getValue().get(found);
            mapping.getValue().set(found, new NodeTuple(old.getKeyNode(), value));
        } else {
            Optional<Mark> mark = Optional.of(markFor(label));
            ScalarNode key = new ScalarNode(Tag.STR, true, name, ScalarStyle.PLAIN, mark, mark);
            mapping.getValue().add(new NodeTuple(key, value));
        }
    }

    private void fail(ScenarioOverride override, String key, String reason) {
        problems.atOption(override.option(), override.argument(), key, null, reason);
    }

    private static Mark markFor(String label) {
        return new Mark(label, 0, 0, 0, new int[0], 0);
    }
}
