package org.ridegrid.scenario;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A scenario that could not be loaded. It lists every problem found, in the order they were found;
 * {@link #getMessage()} is the first of them as one line.
 */
public class ScenarioException extends Exception {
    private final List<ScenarioProblem> problems;

    public ScenarioException(List<ScenarioProblem> problems) {
        super(problems.isEmpty() ? "invalid scenario" : problems.get(0).format());
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a ScenarioException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public ScenarioException(String sourceName, int line, String key, String value, String reason) {
        this(List.of(new ScenarioProblem(sourceName, "", line, key, value, reason)));
    }

    /** Returns every problem found, first one first. */
    public List<ScenarioProblem> problems() {
        return problems;
    }

    /** Returns the file path or command-line option of the first problem. */
    public String sourceName() {
        return problems.get(0).sourceName();
    }

    /** Returns the 1-based line of the first problem, or 0 when unknown. */
    public int line() {
        return problems.get(0).line();
    }

    /** Returns the dotted key of the first problem, or "" when it concerns the whole file. */
    public String key() {
        return problems.get(0).key();
    }

    /** Returns the offending value of the first problem as written, or null. */
    public String value() {
        return problems.get(0).value();
    }

    /** Returns every problem, one line each. */
    public String allMessages() {
        return problems.stream().map(ScenarioProblem::format).collect(Collectors.joining("\n"));
    }
}
