package org.ridegrid.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Fills every key the scenario leaves out with its catalogue default and reports required keys
 * that are missing. Keys inside lists are filled for each element of the list, and keys of a
 * {@link ConditionalSection} only for the elements it applies to.
 */
final class ScenarioDefaults {
    private ScenarioDefaults() {
    }

    static void fill(ScenarioValues values, ProblemList problems) {
        for (ScenarioKey key : ScenarioKeys.all()) {
            for (String path : concretePaths(key.path(), values)) {
                fillOne(key, path, values, problems);
            }
        }
    }

    /** Expands the {@code []} of a catalogue path into one concrete path per existing list element. */
    static List<String> concretePaths(String cataloguePath, ScenarioValues values) {
        List<String> paths = new ArrayList<>();
        expand("", cataloguePath, values, paths);
        return paths;
    }

    private static void expand(String done, String rest, ScenarioValues values, List<String> paths) {
        int marker = rest.indexOf("[]");
        if (marker < 0) {
            paths.add(done + rest);
            return;
        }
        String listPath = done + rest.substring(0, marker);
        for (int i = 0; i < values.size(listPath); i++) {
            String element = KeyPaths.element(listPath, i);
            if (!values.isInvalid(element)) {
                expand(element, rest.substring(marker + 2), values, paths);
            }
        }
    }

    private static void fillOne(ScenarioKey key, String path, ScenarioValues values, ProblemList problems) {
        Optional<ConditionalSection> condition = ScenarioKeys.conditionalSection(key.path());
        if (condition.isPresent() && !sectionApplies(condition.get(), path, values, problems)) {
            return;
        }
        boolean present = key.type() == KeyType.MAPPING_LIST ? values.hasSize(path) : values.has(path);
        if (present || values.isInvalidOrInside(path)) {
            return;
        }
        if (key.required()) {
            problems.at(values.nearestNode(KeyPaths.parent(path)), path, null, "is missing. Add it: "
                    + lowerFirst(key.description()) + " It must be " + key.requirement() + ".");
            values.markInvalid(path);
        } else if (key.defaultFrom() != null) {
            if (values.has(key.defaultFrom())) {
                values.put(path, values.get(key.defaultFrom()), null);
            }
        } else if (key.defaultValue() instanceof List<?> elements) {
            putElements(path, key.path(), elements, values);
        } else if (key.defaultValue() instanceof double[] numbers) {
            values.put(path, numbers.clone(), null);
        } else if (key.defaultValue() != null) {
            values.put(path, key.defaultValue(), null);
        }
    }

    /**
     * Returns true when the conditional section around {@code path} applies to its list element
     * and is usable. A required section that applies but is not written is reported once and then
     * marked invalid. A section written where it does not apply is left to {@link ScenarioRules}.
     */
    private static boolean sectionApplies(ConditionalSection condition, String path, ScenarioValues values,
            ProblemList problems) {
        String section = condition.enclosingSection(path);
        if (values.isInvalidOrInside(section) || !condition.appliesTo(section, values)) {
            return false;
        }
        if (condition.required() && !values.hasSection(section)) {
            String selector = condition.selectorOf(section);
            problems.at(values.nearestNode(KeyPaths.parent(section)), section, null, "is missing, but " + selector
                    + " is " + condition.selectorValue() + ". Add a " + KeyPaths.lastName(section) + " mapping with at least "
                    + String.join(", ", requiredKeys(condition.path())) + ".");
            values.markInvalid(section);
            return false;
        }
        return true;
    }

    private static List<String> requiredKeys(String sectionPath) {
        return ScenarioKeys.all().stream()
                .filter(key -> key.required() && key.path().startsWith(sectionPath + "."))
                .map(key -> key.path().substring(sectionPath.length() + 1))
                .toList();
    }

    private static void putElements(String path, String cataloguePath, List<?> elements, ScenarioValues values) {
        values.putSize(path, elements.size(), null);
        for (int i = 0; i < elements.size(); i++) {
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) elements.get(i)).entrySet()) {
                String name = (String) entry.getKey();
                ScenarioKey elementKey = ScenarioKeys.find(cataloguePath + "[]." + name).orElseThrow();
                Object value = entry.getValue();
                if (elementKey.type() == KeyType.INTEGER) {
                    value = ((Number) value).longValue();
                }
                values.put(KeyPaths.element(path, i) + "." + name, value, null);
            }
        }
    }

    private static String lowerFirst(String text) {
        return text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }
}
