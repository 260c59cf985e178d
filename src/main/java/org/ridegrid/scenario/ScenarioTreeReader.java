package org.ridegrid.scenario;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Walks a composed YAML tree against the key catalogue. It reports unknown and duplicate keys,
 * values of the wrong shape and the problems {@link ValueReader} finds, and stores every valid value
 * in a {@link ScenarioValues}. Missing keys and defaults are left to {@link ScenarioDefaults}.
 */
final class ScenarioTreeReader {
    private final ProblemList problems;
    private final ValueReader valueReader;
    private final ScenarioValues values = new ScenarioValues();

    private ScenarioTreeReader(ProblemList problems) {
        this.problems = problems;
        this.valueReader = new ValueReader(problems);
    }

    /** Reads the root node of a scenario; an empty Optional means the file has no content. */
    static ScenarioValues read(Optional<Node> root, ProblemList problems) {
        ScenarioTreeReader reader = new ScenarioTreeReader(problems);
        if (root.isEmpty() || ValueReader.isEmpty(root.get())) {
            problems.at((Node) null, "", null, "the scenario is empty. Give at least `name` and `fleets`;"
                    + " docs/scenarios.md lists every key.");
        } else if (root.get() instanceof MappingNode mapping) {
            reader.values.putNode("", mapping);
            reader.readMapping(mapping, "", "");
        } else {
            problems.at(root.get(), "", null, "the top level must be a mapping of keys such as name, city and fleets,"
                    + " but it is " + ValueReader.kindOf(root.get()) + ".");
        }
        return reader.values;
    }

    private void readMapping(MappingNode mapping, String path, String cataloguePath) {
        Map<String, Node> firstKeyNodes = new HashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode keyScalar) || ValueReader.isEmpty(keyScalar)) {
                problems.at(tuple.getKeyNode(), path, null, "has a key that is not a plain name. Write keys as plain words such as `name`.");
                continue;
            }
            String name = keyScalar.getValue();
            String childPath = KeyPaths.join(path, name);
            Node first = firstKeyNodes.putIfAbsent(name, keyScalar);
            if (first != null) {
                int firstLine = first.getStartMark().map(m -> m.getLine() + 1).orElse(0);
                problems.at(keyScalar, childPath, null, "is set twice; the first one is on line " + firstLine
                        + ". Remove one of them.");
                values.markInvalid(childPath);
                continue;
            }
            readChild(childPath, KeyPaths.join(cataloguePath, name), keyScalar, tuple.getValueNode());
        }
    }

    private void readChild(String path, String cataloguePath, Node keyNode, Node valueNode) {
        if (ScenarioKeys.isSection(cataloguePath)) {
            readSection(path, cataloguePath, valueNode);
            return;
        }
        Optional<ScenarioKey> key = ScenarioKeys.find(cataloguePath);
        if (key.isEmpty()) {
            problems.at(keyNode, path, null, "is an unknown key. " + suggestion(cataloguePath));
        } else if (key.get().type() == KeyType.MAPPING_LIST) {
            readMappingList(key.get(), path, valueNode);
        } else {
            Object value = valueReader.read(key.get(), path, valueNode);
            if (value == null) {
                values.markInvalid(path);
            } else {
                values.put(path, value, valueNode);
            }
        }
    }

    private void readSection(String path, String cataloguePath, Node valueNode) {
        if (valueNode instanceof MappingNode mapping) {
            values.putSection(path, mapping);
            readMapping(mapping, path, cataloguePath);
        } else if (ValueReader.isEmpty(valueNode)) {
            // An empty section means "all defaults", but it still counts as written for conditional sections.
            values.putSection(path, valueNode);
        } else {
            values.markInvalid(path);
            problems.at(valueNode, path, ProblemList.describe(valueNode), "is invalid: must be a mapping with keys such as "
                    + String.join(", ", ScenarioKeys.childNames(cataloguePath)) + ", not " + ValueReader.kindOf(valueNode) + ".");
        }
    }

    private void readMappingList(ScenarioKey key, String path, Node valueNode) {
        String elementPath = key.path() + "[]";
        String keysHint = String.join(", ", ScenarioKeys.childNames(elementPath));
        if (!(valueNode instanceof SequenceNode sequence)) {
            String actual = ValueReader.isEmpty(valueNode) ? "empty" : ValueReader.kindOf(valueNode);
            problems.at(valueNode, path, ProblemList.describe(valueNode), "is invalid: must be a list of mappings with keys "
                    + keysHint + ", but it is " + actual + ".");
            values.markInvalid(path);
            return;
        }
        List<Node> elements = sequence.getValue();
        values.putSize(path, elements.size(), sequence);
        if (elements.size() < key.min()) {
            problems.at(sequence, path, ProblemList.describe(sequence), "is invalid: must list at least "
                    + NumberText.format(key.min()) + " element(s), each a mapping with keys " + keysHint + ".");
        }
        for (int i = 0; i < elements.size(); i++) {
            Node element = elements.get(i);
            String concreteElement = KeyPaths.element(path, i);
            if (element instanceof MappingNode mapping) {
                values.putNode(concreteElement, mapping);
                readMapping(mapping, concreteElement, elementPath);
            } else {
                problems.at(element, concreteElement, ProblemList.describe(element),
                        "is invalid: must be a mapping with keys " + keysHint + ", not " + ValueReader.kindOf(element) + ".");
                values.markInvalid(concreteElement);
            }
        }
    }

    /** Suggests the nearest key at the same level, else a key of that name elsewhere, else lists the valid keys. */
    static String suggestion(String cataloguePath) {
        String parent = KeyPaths.parent(cataloguePath);
        String name = KeyPaths.lastName(cataloguePath);
        List<String> siblings = ScenarioKeys.childNames(parent);
        Optional<String> nearest = NearestKey.find(name, siblings);
        if (nearest.isPresent()) {
            return "Did you mean `" + nearest.get() + "`?";
        }
        List<String> everyPath = ScenarioKeys.all().stream().map(ScenarioKey::path).toList();
        List<String> lastNames = everyPath.stream().map(KeyPaths::lastName).toList();
        Optional<String> elsewhere = NearestKey.find(name, lastNames);
        if (elsewhere.isPresent()) {
            return "Did you mean `" + everyPath.get(lastNames.indexOf(elsewhere.get())) + "`?";
        }
        String where = parent.isEmpty() ? "at the top level" : "under " + parent;
        return "Valid keys " + where + ": " + String.join(", ", siblings) + ".";
    }
}
