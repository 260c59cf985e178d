package org.ridegrid.scenario;

/**
 * A loaded scenario and its effective YAML: the whole scenario with every default filled in, in
 * catalogue order. Loading {@code effectiveYaml} again gives an equal scenario.
 */
public record LoadedScenario(Scenario scenario, String effectiveYaml) {
}
