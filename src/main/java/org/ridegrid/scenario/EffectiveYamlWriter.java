package org.ridegrid.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes complete scenario values as YAML in catalogue order, so that the same values always give
 * the same bytes. Text is double-quoted, numbers use {@link NumberText}, a zone without a radius
 * is written without the key, and a conditional section is written only where it applies.
 */
final class EffectiveYamlWriter {
    static final String HEADER = "# Effective scenario written by RideGrid: every default filled in.";

    private final ScenarioValues values;

    private EffectiveYamlWriter(ScenarioValues values) {
        this.values = values;
    }

    static String write(ScenarioValues values) {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        new EffectiveYamlWriter(values).writeMapping("", "", 0, lines);
        return String.join("\n", lines) + "\n";
    }

    private void writeMapping(String cataloguePath, String path, int indent, List<String> lines) {
        String pad = " ".repeat(indent);
        for (String name : ScenarioKeys.childNames(cataloguePath)) {
            String childCatalogue = KeyPaths.join(cataloguePath, name);
            String childPath = KeyPaths.join(path, name);
            if (ScenarioKeys.isSection(childCatalogue)) {
                boolean applies = ScenarioKeys.conditionalSection(childCatalogue)
                        .map(condition -> condition.appliesTo(childPath, values))
                        .orElse(true);
                if (!applies) {
                    continue;
                }
                lines.add(pad + name + ":");
                writeMapping(childCatalogue, childPath, indent + 2, lines);
                continue;
            }
            ScenarioKey key = ScenarioKeys.find(childCatalogue).orElseThrow();
            if (key.type() == KeyType.MAPPING_LIST) {
                writeList(key, childPath, indent, lines);
            } else if (values.has(childPath)) {
                lines.add(pad + name + ": " + scalar(key, values.get(childPath)));
            }
        }
    }

    private void writeList(ScenarioKey key, String path, int indent, List<String> lines) {
        String pad = " ".repeat(indent);
        int size = values.size(path);
        if (size == 0) {
            lines.add(pad + key.name() + ": []");
            return;
        }
        lines.add(pad + key.name() + ":");
        for (int i = 0; i < size; i++) {
            int first = lines.size();
            writeMapping(key.path() + "[]", KeyPaths.element(path, i), indent + 4, lines);
            // The element's first key goes on the "- " line.
            lines.set(first, pad + "  - " + lines.get(first).substring(indent + 4));
        }
    }

    private static String scalar(ScenarioKey key, Object value) {
        return switch (key.type()) {
            case TEXT -> quote((String) value);
            case NUMBER -> NumberText.format((Double) value);
            case NUMBER_LIST -> NumberText.formatList((double[]) value);
            default -> value.toString();
        };
    }

    /** Returns a YAML double-quoted string, escaping backslash, quote and non-printable characters. */
    static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c == '\n') {
                quoted.append("\\n");
            } else if (c == '\t') {
                quoted.append("\\t");
            } else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029 || c == 0xfeff) {
                quoted.append(String.format("\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }
}
