package org.ridegrid.scenario;

/**
 * A section that applies only to some scenarios. Most are sections of a list element that apply
 * only when a sibling choice key has one value, such as {@code fleets[].depot}, which applies only
 * when {@code fleets[].kind} is {@code depot}. Where such a section does not apply, it must be left
 * out and its keys get no defaults. A section without a selector, such as {@code city.anchor},
 * applies exactly where the scenario writes it: left out, its keys get no values at all.
 *
 * @param path catalogue path of the section, such as {@code fleets[].depot}
 * @param selectorName name of the sibling key that decides, such as {@code kind}, or null for a
 *     section that applies where it is written
 * @param selectorValue the value of that key for which the section applies, or null
 * @param required true when the section must be written where it applies. When false, a section
 *     left out there takes every default.
 */
record ConditionalSection(String path, String selectorName, String selectorValue, boolean required) {

    /** Creates a section that applies only where the scenario writes it. */
    static ConditionalSection whereWritten(String path) {
        return new ConditionalSection(path, null, null, false);
    }

    /** Returns true for a section that applies only where the scenario writes it. */
    boolean appliesWhereWritten() {
        return selectorName == null;
    }

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
        if (appliesWhereWritten()) {
            return values.hasSection(enclosingSection(concretePath));
        }
        String selector = selectorOf(enclosingSection(concretePath));
        return values.has(selector) && values.get(selector).equals(selectorValue);
    }

    /** Returns true when the selector of a concrete section has a valid value other than the one the section needs. */
    boolean excludes(String concreteSection, ScenarioValues values) {
        if (appliesWhereWritten()) {
            return false;
        }
        String selector = selectorOf(concreteSection);
        return values.has(selector) && !values.get(selector).equals(selectorValue);
    }
}
