package org.ridegrid.scenario;

/** The kinds of value a scenario key can hold. */
public enum KeyType {
    /** Free text, optionally restricted by a pattern. */
    TEXT("string"),
    /** A whole number, stored as a long. */
    INTEGER("integer"),
    /** A real number, stored as a double. */
    NUMBER("number"),
    /** true or false. */
    BOOLEAN("boolean"),
    /** One word from a fixed list, written in lower case. */
    CHOICE("choice"),
    /** A sequence of numbers of fixed length. */
    NUMBER_LIST("list of numbers"),
    /** A sequence of mappings whose keys are listed under {@code path[]}. */
    MAPPING_LIST("list of mappings");

    private final String label;

    KeyType(String label) {
        this.label = label;
    }

    /** Returns the type name shown in messages and docs. */
    public String label() {
        return label;
    }
}
