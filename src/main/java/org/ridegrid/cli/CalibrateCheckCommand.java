package org.ridegrid.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.ridegrid.calibrate.DemandCheck;
import org.ridegrid.scenario.Scenario;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Draws a scenario's demand alone and compares its hourly shares with the scenario's profiles. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Draws the scenario's request times alone (no fleets) for its days, and prints, hour by hour,"
                + " the simulated share of requests against the share of the scenario's weekday and weekend profile,"
                + " with the largest difference. An hour agrees when its difference is within "
                + "4 standard deviations of Poisson noise for the number of requests drawn."
                + " Exit code 0 when every hour agrees, 3 when one does not."})
final class CalibrateCheckCommand implements Callable<Integer> {
    static final int DISAGREES = 3;

    @Mixin
    ScenarioOptions scenarioOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Scenario scenario = scenarioOptions.load().scenario();
        DemandCheck.Result result = DemandCheck.run(scenario, scenario.seed());
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "Scenario %s, %d days from %s, seed %d%n", scenario.name(), result.days(),
                scenario.startWeekday().toString().toLowerCase(Locale.ROOT), scenario.seed());
        boolean agrees = print(out, result.weekdays());
        agrees &= print(out, result.weekends());
        return agrees ? 0 : DISAGREES;
    }

    /** Prints one kind of day and returns true when it agrees or has no days in the horizon. */
    private static boolean print(PrintWriter out, DemandCheck.DayKind days) {
        out.println();
        if (days.requests() == 0) {
            out.printf(Locale.ROOT, "%s: no requests drawn (no such day in the horizon)%n", days.name());
            return true;
        }
        out.printf(Locale.ROOT, "%s: %d requests%n", days.name(), days.requests());
        out.println("hour  simulated  profile  difference  tolerance");
        for (int hour = 0; hour < 24; hour++) {
            out.printf(Locale.ROOT, "%4d  %9.4f  %7.4f  %+10.4f  %9.4f%s%n", hour, days.simulatedShare(hour),
                    days.expectedShare(hour), days.difference(hour), days.tolerance(hour),
                    Math.abs(days.difference(hour)) > days.tolerance(hour) ? "  outside" : "");
        }
        int worst = days.worstHour();
        out.printf(Locale.ROOT, "Largest difference: %+.4f at hour %d (tolerance %.4f): %s%n", days.difference(worst),
                worst, days.tolerance(worst), days.agrees() ? "every hour agrees" : "some hours disagree");
        return days.agrees();
    }
}
