package org.ridegrid.scenario;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One entry of the scenario key catalogue.
 *
 * @param path dotted path in catalogue form: list elements are written {@code []}, as in
 *     {@code fleets[].vehicles}
 * @param required true when the key has no default and must be given
 * @param defaultValue Long, Double, String, Boolean, double[] or a list of element maps. It is null
 *     when the key is required, takes its default from another key, or may stay unset.
 * @param defaultFrom catalogue path of the key whose value is the default, or null
 * @param optionalNote for keys that may stay unset: when that is allowed; else null
 * @param min lower bound of numbers, list elements or, for a mapping list, the element count
 * @param max upper bound of numbers or list elements
 * @param minLength fewest elements of a number list, or 0 for other types
 * @param maxLength most elements of a number list, equal to minLength when the count is fixed
 * @param lengthMeaning what the elements of a number list stand for, such as "one per hour ..."
 * @param choices allowed words of a choice
 * @param rejected words that look plausible but are not allowed, each with the reason
 * @param pattern regular expression a text value must match, or null
 * @param unit unit of the value, or "" when it has none
 * @param description one line for the docs and for "missing key" messages
 */
public record ScenarioKey(
        String path,
        KeyType type,
        boolean required,
        Object defaultValue,
        String defaultFrom,
        String optionalNote,
        double min,
        double max,
        int minLength,
        int maxLength,
        String lengthMeaning,
        List<String> choices,
        Map<String, String> rejected,
        String pattern,
        String unit,
        String description) {

    private static final String NAME_RULE = ScenarioKeys.NAME_PATTERN;
    private static final String NAME_REQUIREMENT =
            "text that starts with a letter or digit and has only letters, digits, '.', '_' and '-'";

    public ScenarioKey {
        choices = List.copyOf(choices);
        rejected = Map.copyOf(rejected);
    }

    /** Returns the last name of the path, such as {@code vehicles}. */
    public String name() {
        return KeyPaths.lastName(path);
    }

    /** Returns the valid values as a phrase for messages, such as "an integer from 1 to 1000000". */
    public String requirement() {
        return switch (type) {
            case TEXT -> pattern == null ? "text" : NAME_RULE.equals(pattern) ? NAME_REQUIREMENT : "text matching " + pattern;
            case INTEGER -> "an integer from " + NumberText.format(min) + " to " + NumberText.format(max);
            case NUMBER -> "a number from " + NumberText.format(min) + " to " + NumberText.format(max);
            case BOOLEAN -> "true or false";
            case CHOICE -> "one of " + String.join(", ", choices);
            case NUMBER_LIST -> "a list of " + lengthText("exactly ") + " numbers from " + NumberText.format(min)
                    + " to " + NumberText.format(max) + ", " + lengthMeaning;
            case MAPPING_LIST -> min > 0 ? "a list of at least " + NumberText.format(min) + " element(s)" : "a list";
        };
    }

    /** Returns the default as YAML-like text for docs, or a short note when there is no fixed default. */
    public String defaultText() {
        if (required) {
            return "required";
        }
        if (defaultFrom != null) {
            return "value of `" + defaultFrom + "`";
        }
        if (defaultValue == null) {
            return "none: " + optionalNote;
        }
        if (defaultValue instanceof double[] numbers) {
            return NumberText.formatList(numbers);
        }
        if (defaultValue instanceof Double number) {
            return NumberText.format(number);
        }
        if (defaultValue instanceof List<?> elements) {
            if (elements.isEmpty()) {
                return "[]";
            }
            return elements.size() + (elements.size() == 1 ? " element" : " elements") + ", listed below";
        }
        if (type == KeyType.TEXT) {
            return "\"" + defaultValue + "\"";
        }
        return defaultValue.toString();
    }

    /** Returns the allowed values as text for the docs. */
    public String rangeText() {
        return switch (type) {
            case TEXT -> pattern == null ? "any" : NAME_RULE.equals(pattern) ? "letters, digits, `.`, `_`, `-`; starts with a letter or digit"
                    : "matches `" + pattern + "`";
            case INTEGER, NUMBER -> NumberText.format(min) + " to " + NumberText.format(max);
            case BOOLEAN -> "`true`, `false`";
            case CHOICE -> choices.stream().map(c -> "`" + c + "`").collect(Collectors.joining(", "));
            case NUMBER_LIST -> lengthText("") + " values, each " + NumberText.format(min) + " to " + NumberText.format(max);
            case MAPPING_LIST -> min > 0 ? "at least " + NumberText.format(min) + " element(s)" : "any number of elements";
        };
    }

    /** Returns the element count of a number list, such as "24" or "2 to 50", with {@code exact} before a fixed count. */
    public String lengthText(String exact) {
        return minLength == maxLength ? exact + minLength : minLength + " to " + maxLength;
    }
}
