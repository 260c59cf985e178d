package org.ridegrid.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fluent builder of the key catalogue. {@link #section} sets the path prefix of the keys that
 * follow, {@link #key} starts a new entry, and the other methods set fields of the current entry.
 */
final class KeyTableBuilder {
    private final List<ScenarioKey> keys = new ArrayList<>();
    private final List<ConditionalSection> conditionalSections = new ArrayList<>();
    private String section = "";

    private String path;
    private KeyType type;
    private boolean required;
    private Object defaultValue;
    private String defaultFrom;
    private String optionalNote;
    private double min;
    private double max;
    private int minLength;
    private int maxLength;
    private String lengthMeaning;
    private List<String> choices;
    private Map<String, String> rejected;
    private String pattern;
    private String unit;
    private String description;

    /** Sets the prefix of the following keys; "" is the top level. */
    KeyTableBuilder section(String prefix) {
        finish();
        section = prefix;
        return this;
    }

    /**
     * Makes the current section apply only when its sibling key {@code selectorName} is
     * {@code value}, and requires the section to be written there.
     */
    KeyTableBuilder requiredWhen(String selectorName, String value) {
        conditionalSections.add(new ConditionalSection(section, selectorName, value, true));
        return this;
    }

    /**
     * Makes the current section apply only when its sibling key {@code selectorName} is
     * {@code value}. Where it applies and is left out, every key in it takes its default.
     */
    KeyTableBuilder optionalWhen(String selectorName, String value) {
        conditionalSections.add(new ConditionalSection(section, selectorName, value, false));
        return this;
    }

    /** Makes the current section optional: its keys get values, and defaults, only where it is written. */
    KeyTableBuilder optionalSection() {
        conditionalSections.add(ConditionalSection.whereWritten(section));
        return this;
    }

    /** Starts an entry for {@code name} under the current section. */
    KeyTableBuilder key(String name) {
        finish();
        path = KeyPaths.join(section, name);
        type = null;
        required = false;
        defaultValue = null;
        defaultFrom = null;
        optionalNote = null;
        min = 0;
        max = 0;
        minLength = 0;
        maxLength = 0;
        lengthMeaning = "";
        choices = List.of();
        rejected = new LinkedHashMap<>();
        pattern = null;
        unit = "";
        description = null;
        return this;
    }

    KeyTableBuilder text() {
        type = KeyType.TEXT;
        return this;
    }

    KeyTableBuilder text(String regex) {
        pattern = regex;
        return text();
    }

    KeyTableBuilder integer(long lowest, long highest) {
        type = KeyType.INTEGER;
        min = lowest;
        max = highest;
        return this;
    }

    KeyTableBuilder number(double lowest, double highest) {
        type = KeyType.NUMBER;
        min = lowest;
        max = highest;
        return this;
    }

    KeyTableBuilder bool() {
        type = KeyType.BOOLEAN;
        return this;
    }

    KeyTableBuilder choice(String... words) {
        type = KeyType.CHOICE;
        choices = List.of(words);
        return this;
    }

    /** Rejects a word with its own reason, given as a sentence that finishes "... is invalid: ". */
    KeyTableBuilder rejecting(String word, String reason) {
        rejected.put(word, reason);
        return this;
    }

    KeyTableBuilder numbers(int count, double lowest, double highest, String meaning) {
        return numbers(count, count, lowest, highest, meaning);
    }

    /** Sets a number list of {@code fewest} to {@code most} elements, each from lowest to highest. */
    KeyTableBuilder numbers(int fewest, int most, double lowest, double highest, String meaning) {
        type = KeyType.NUMBER_LIST;
        minLength = fewest;
        maxLength = most;
        min = lowest;
        max = highest;
        lengthMeaning = meaning;
        return this;
    }

    KeyTableBuilder mappings(int minElements) {
        type = KeyType.MAPPING_LIST;
        min = minElements;
        return this;
    }

    KeyTableBuilder required() {
        required = true;
        return this;
    }

    KeyTableBuilder byDefault(Object value) {
        defaultValue = value instanceof Integer i ? Long.valueOf(i) : value;
        return this;
    }

    KeyTableBuilder byDefaultFrom(String otherPath) {
        defaultFrom = otherPath;
        return this;
    }

    /** Lets the key stay unset, as {@code when} describes. */
    KeyTableBuilder optional(String when) {
        optionalNote = when;
        return this;
    }

    KeyTableBuilder unit(String unitName) {
        unit = unitName;
        return this;
    }

    KeyTableBuilder describe(String text) {
        description = text;
        return this;
    }

    KeyTable build() {
        finish();
        return new KeyTable(List.copyOf(keys), List.copyOf(conditionalSections));
    }

    /** The finished catalogue: every key in order, and the sections that apply only to some list elements. */
    record KeyTable(List<ScenarioKey> keys, List<ConditionalSection> conditionalSections) {
    }

    private void finish() {
        if (path == null) {
            return;
        }
        if (type == null || description == null) {
            throw new IllegalStateException("catalogue entry " + path + " needs a type and a description");
        }
        boolean hasDefault = required || defaultValue != null || defaultFrom != null || optionalNote != null;
        if (!hasDefault) {
            throw new IllegalStateException("catalogue entry " + path + " needs a default, required() or optional()");
        }
        keys.add(new ScenarioKey(path, type, required, defaultValue, defaultFrom, optionalNote, min, max,
                minLength, maxLength, lengthMeaning, choices, rejected, pattern, unit, description));
        path = null;
    }
}
