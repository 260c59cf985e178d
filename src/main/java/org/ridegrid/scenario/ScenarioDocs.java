package org.ridegrid.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders the key catalogue as the Markdown reference in docs/scenarios.md. */
public final class ScenarioDocs {
    /** Line before the generated reference in docs/scenarios.md. */
    public static final String BEGIN = "<!-- BEGIN GENERATED KEY REFERENCE: edit ScenarioKeys, not this part -->";
    /** Line after the generated reference in docs/scenarios.md. */
    public static final String END = "<!-- END GENERATED KEY REFERENCE -->";

    private ScenarioDocs() {
    }

    /**
     * Renders one table per top-level section, a sentence for each section in it that applies only
     * to some list elements, and the default elements of lists that have them.
     */
    public static String renderReference() {
        StringBuilder markdown = new StringBuilder();
        for (Map.Entry<String, List<ScenarioKey>> section : sections().entrySet()) {
            String title = section.getKey().isEmpty() ? "Top level" : "`" + section.getKey() + "`";
            markdown.append("### ").append(title).append("\n\n");
            markdown.append("| Key | Type | Default | Valid values | Unit | Description |\n");
            markdown.append("|---|---|---|---|---|---|\n");
            for (ScenarioKey key : section.getValue()) {
                markdown.append(row("`" + key.path() + "`", typeText(key), key.defaultText(), key.rangeText(),
                        key.unit(), key.description()));
            }
            markdown.append('\n');
            appendConditionalSections(markdown, section.getValue());
            for (ScenarioKey key : section.getValue()) {
                if (key.defaultValue() instanceof List<?> elements && !elements.isEmpty()) {
                    appendDefaultElements(markdown, key, elements);
                }
            }
        }
        return markdown.toString();
    }

    /** Replaces the part of a document between {@link #BEGIN} and {@link #END} with the current reference. */
    public static String updateDocument(String document) {
        int begin = document.indexOf(BEGIN);
        int end = document.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("the document has no " + BEGIN + " ... " + END + " block");
        }
        return document.substring(0, begin) + BEGIN + "\n\n" + renderReference() + document.substring(end);
    }

    /** Groups keys by the first name of their path; keys directly at the top level share the "" group. */
    private static Map<String, List<ScenarioKey>> sections() {
        Map<String, List<ScenarioKey>> sections = new LinkedHashMap<>();
        for (ScenarioKey key : ScenarioKeys.all()) {
            String first = key.path().split("[.\\[]", 2)[0];
            boolean topLevelValue = first.equals(key.path()) && key.type() != KeyType.MAPPING_LIST;
            sections.computeIfAbsent(topLevelValue ? "" : first, s -> new ArrayList<>()).add(key);
        }
        return sections;
    }

    private static String typeText(ScenarioKey key) {
        return key.type() == KeyType.NUMBER_LIST ? "list of " + key.lengthText("") + " numbers" : key.type().label();
    }

    private static void appendConditionalSections(StringBuilder markdown, List<ScenarioKey> keys) {
        boolean any = false;
        for (ConditionalSection condition : ScenarioKeys.conditionalSections()) {
            if (keys.stream().noneMatch(key -> condition.contains(key.path()))) {
                continue;
            }
            if (condition.appliesWhereWritten()) {
                markdown.append("- `").append(condition.path()).append("` is optional. Where it is given, ")
                        .append(requiredKeysText(condition.path())).append(" must be given in it.\n");
                any = true;
                continue;
            }
            String selector = "`" + KeyPaths.join(KeyPaths.parent(condition.path()), condition.selectorName())
                    + "` is `" + condition.selectorValue() + "`";
            markdown.append("- `").append(condition.path()).append("` is allowed only where ").append(selector);
            if (condition.required()) {
                markdown.append(", and must be given there.\n");
            } else {
                markdown.append(". Where it is left out there, every key in it takes its default.\n");
            }
            any = true;
        }
        if (any) {
            markdown.append('\n');
        }
    }

    /** Lists the required keys directly in a section, as in "`latitude` and `longitude`". */
    private static String requiredKeysText(String sectionPath) {
        List<String> names = ScenarioKeys.all().stream()
                .filter(key -> key.required() && KeyPaths.parent(key.path()).equals(sectionPath))
                .map(key -> "`" + key.name() + "`")
                .toList();
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** Renders the default elements of a list. Nested sections are left out, because their defaults are in the table. */
    private static void appendDefaultElements(StringBuilder markdown, ScenarioKey key, List<?> elements) {
        List<String> names = ScenarioKeys.childNames(key.path() + "[]").stream()
                .filter(name -> !ScenarioKeys.isSection(key.path() + "[]." + name))
                .toList();
        markdown.append("Default `").append(key.path()).append("`:\n\n");
        markdown.append(row(names.toArray(String[]::new)));
        markdown.append("|---".repeat(names.size())).append("|\n");
        for (Object element : elements) {
            Map<?, ?> values = (Map<?, ?>) element;
            String[] cells = new String[names.size()];
            for (int i = 0; i < cells.length; i++) {
                Object value = values.get(names.get(i));
                if (value == null) {
                    cells[i] = "none";
                } else if (value instanceof Double number) {
                    cells[i] = NumberText.format(number);
                } else {
                    cells[i] = value.toString();
                }
            }
            markdown.append(row(cells));
        }
        markdown.append('\n');
    }

    private static String row(String... cells) {
        StringBuilder row = new StringBuilder("|");
        for (String cell : cells) {
            row.append(' ').append(cell.replace("|", "\\|")).append(" |");
        }
        return row.append('\n').toString();
    }
}
