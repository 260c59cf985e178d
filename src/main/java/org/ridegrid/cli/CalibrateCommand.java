package org.ridegrid.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Groups the commands that derive a city's demand from trip data and check a scenario against it. */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = {"Derives a city's demand tables from real trip data (calibrate derive), and checks that a"
                + " scenario's simulated demand follows its hourly profiles (calibrate check). docs/data.md lists"
                + " the data sets and their terms."},
        subcommands = {CalibrateDeriveCommand.class, CalibrateCheckCommand.class})
final class CalibrateCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Missing command: choose calibrate derive or calibrate check.");
    }
}
