package org.ridegrid.cli;

import org.ridegrid.scenario.ScenarioException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns failures into one message and an exit code: 2 for invalid input, 1 for anything else.
 * Invalid input never prints a stack trace; internal errors print it only at debug level.
 */
final class ErrorHandler implements IExecutionExceptionHandler {
    static final int INVALID_INPUT = 2;
    static final int INTERNAL_ERROR = 1;
    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandler.class);

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        if (e instanceof ScenarioException scenario) {
            commandLine.getErr().println("error: " + scenario.allMessages().replace("\n", "\nerror: "));
            return INVALID_INPUT;
        }
        if (e instanceof InvalidInputException input) {
            commandLine.getErr().println("error: " + input.getMessage());
            return INVALID_INPUT;
        }
        commandLine.getErr().println("error: the run failed: " + e);
        commandLine.getErr().println("This is a bug in RideGrid. Run again with -Dorg.slf4j.simpleLogger.defaultLogLevel=debug"
                + " for the stack trace, and report it with the scenario file.");
        LOG.debug("Stack trace of the failure", e);
        return INTERNAL_ERROR;
    }
}
