package org.ridegrid.scenario;

/**
 * One error found while loading a scenario.
 *
 * @param sourceName the file path, or the command-line option ({@code --set}, {@code --seed},
 *     {@code --days}) the value came from
 * @param override the option's argument when the value came from the command line, else ""
 * @param line 1-based line in the file, or 0 when unknown or when the value came from an option
 * @param key the dotted key with list indices, such as {@code fleets[0].vehicles}; "" when the
 *     error concerns the whole file
 * @param value the offending value as written, or null when there is none to show
 * @param reason what is wrong and what to do, starting with a verb phrase such as "is invalid: ..."
 *     when a key is given, or a full sentence when not
 */
public record ScenarioProblem(String sourceName, String override, int line, String key, String value, String reason) {

    /** Returns the problem as one line: {@code file.yaml:12: fleets[0].vehicles = -5 is invalid: ...}. */
    public String format() {
        StringBuilder text = new StringBuilder(sourceName);
        if (!override.isEmpty()) {
            text.append(' ').append(override);
        }
        if (line > 0) {
            text.append(':').append(line);
        }
        text.append(": ");
        if (!key.isEmpty()) {
            text.append(key);
            if (value != null) {
                text.append(" = ").append(value);
            }
            text.append(' ');
        }
        return text.append(reason).toString();
    }
}
