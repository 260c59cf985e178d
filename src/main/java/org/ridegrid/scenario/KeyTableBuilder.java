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
    private String section = "";

    private String path;
    private KeyType type;
    private boolean required;
    private Object defaultValue;
    private String defaultFrom;
    private String optionalNote;
    private double min;
    private double max;
    private int length;
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
        length = 0;
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
        type = KeyType.NUMBER_LIST;
        length = count;
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

    List<ScenarioKey> build() {
        finish();
        return List.copyOf(keys);
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
                length, lengthMeaning, choices, rejected, pattern, unit, description));
        path = null;
    }
}
