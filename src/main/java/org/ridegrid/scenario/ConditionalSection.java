package org.ridegrid.scenario;

/**
 * A section of a list element that applies only when a sibling choice key has one value, such as
 * {@code fleets[].depot}, which applies only when {@code fleets[].kind} is {@code depot}. Where it
 * does not apply, the section must be left out and its keys get no defaults.
 *
 * @param path catalogue path of the section, such as {@code fleets[].depot}
 * @param selectorName name of the sibling key that decides, such as {@code kind}
 * @param selectorValue the value of that key for which the section applies
 * @param required true when the section must be written where it applies. When false, a section
 *     left out there takes every default.
 */
record ConditionalSection(String path, String selectorName, String selectorValue, boolean required) {

    /** Returns true when a catalogue path is the section or lies inside it. */
    boolean contains(String cataloguePath) {
        return cataloguePath.equals(path) || cataloguePath.startsWith(path + ".");
    }

    /** Returns the concrete path of the section that encloses a concrete path inside it. */
    String enclosingSection(String concretePath) {
        for (String p = concretePath; !p.isEmpty(); p = KeyPaths.parent(p)) {
            if (KeyPaths.catalogueForm(p).equals(path)) {
                return p;
            }
        }
        throw new IllegalArgumentException(concretePath + " is not inside " + path);
    }

    /** Returns the concrete path of the key that decides whether a concrete section applies. */
    String selectorOf(String concreteSection) {
        return KeyPaths.join(KeyPaths.parent(concreteSection), selectorName);
    }

    /**
     * Returns true when the section enclosing a concrete path applies to its list element. It
     * returns false as well when the selector is missing or invalid, because that problem is
     * already reported.
     */
    boolean appliesTo(String concretePath, ScenarioValues values) {
        String selector = selectorOf(enclosingSection(concretePath));
        return values.has(selector) && values.get(selector).equals(selectorValue);
    }

    /** Returns true when the selector of a concrete section has a valid value other than the one the section needs. */
    boolean excludes(String concreteSection, ScenarioValues values) {
        String selector = selectorOf(concreteSection);
        return values.has(selector) && !values.get(selector).equals(selectorValue);
    }
}
