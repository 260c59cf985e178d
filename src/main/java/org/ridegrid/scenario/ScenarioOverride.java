package org.ridegrid.scenario;

/**
 * One command-line change to a scenario: set the key at {@code path} to the YAML value {@code valueText}.
 *
 * @param option the option it came from: {@code --set}, {@code --seed} or {@code --days}
 * @param argument the option's argument as given, shown in messages
 * @param path dotted key path with list indices, as written by the user
 */
record ScenarioOverride(String option, String argument, String path, String valueText) {

    /** Splits a {@code --set} argument at its first '='; returns null when there is none. */
    static ScenarioOverride parseSet(String argument) {
        int equals = argument.indexOf('=');
        if (equals < 0) {
            return null;
        }
        return new ScenarioOverride("--set", argument, argument.substring(0, equals).strip(), argument.substring(equals + 1));
    }
}
