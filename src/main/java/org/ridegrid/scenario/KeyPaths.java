package org.ridegrid.scenario;

/**
 * Helpers for dotted key paths. Concrete paths carry list indices ({@code fleets[0].vehicles});
 * catalogue paths write every index as {@code []} ({@code fleets[].vehicles}).
 */
final class KeyPaths {
    private KeyPaths() {
    }

    /** Returns the catalogue form of a concrete path. */
    static String catalogueForm(String concretePath) {
        return concretePath.replaceAll("\\[\\d+\\]", "[]");
    }

    /** Appends a key name to a path; the empty path is the top level. */
    static String join(String prefix, String name) {
        return prefix.isEmpty() ? name : prefix + "." + name;
    }

    /** Returns the path of list element {@code index}. */
    static String element(String listPath, int index) {
        return listPath + "[" + index + "]";
    }

    /** Returns the enclosing path: the list of an element, the mapping of a key, or "" at the top. */
    static String parent(String path) {
        if (path.endsWith("]")) {
            return path.substring(0, path.lastIndexOf('['));
        }
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(0, dot);
    }

    /** Returns the last key name of a path, without any index. */
    static String lastName(String path) {
        String withoutIndex = path.replaceAll("(\\[\\d*\\])+$", "");
        return withoutIndex.substring(withoutIndex.lastIndexOf('.') + 1);
    }
}
