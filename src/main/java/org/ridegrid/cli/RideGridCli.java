package org.ridegrid.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code java -jar ridegrid.jar}: dispatches to the subcommands. */
@Command(name = "ridegrid",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Agent-based simulator of ride-hail fleets in a grid city.",
        subcommands = {RunCommand.class, ValidateCommand.class, ReportCommand.class, GuiCommand.class,
                SnapshotCommand.class, CalibrateCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 success, 1 internal error, 2 invalid input (scenario file, data file or options),"
                + " 3 calibrate check found an hour outside its tolerance."})
public final class RideGridCli implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit code, without exiting; for tests. */
    public static int execute(String... args) {
        return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs the command line with the given standard output and error, and returns the exit code. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new RideGridCli());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(new ErrorHandler());
        // Wide enough that the example keys and paths in the option descriptions are not broken across lines.
        commandLine.setUsageHelpWidth(120);
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Missing command: choose one of run, validate, report, gui, snapshot, calibrate, help.");
    }
}
