package org.ridegrid.cli;

import java.awt.GraphicsEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.ridegrid.gui.GuiSession;
import org.ridegrid.model.RideGridModel;
import org.ridegrid.scenario.LoadedScenario;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Opens MASON's Console with the live city view and charts. */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = {"Opens MASON's Console with a live view of the city: vehicles by state, waiting riders, pads,"
                + " the clock and numbers so far, and live charts. Needs a display (a desktop, or Xvfb)."})
final class GuiCommand implements Callable<Integer> {
    @Mixin
    ScenarioOptions scenarioOptions;

    @Option(names = "--frame-seconds", paramLabel = "S", defaultValue = "10",
            description = "Simulated seconds between two frames of the view (1 to 3600). Default: ${DEFAULT-VALUE}.")
    double frameSeconds;

    @Option(names = "--play", description = "Presses play as soon as the Console opens.")
    boolean play;

    @Option(names = "--quit-after-hours", paramLabel = "H",
            description = "Plays H simulated hours (up to the end of the run), prints the time reached and the frames"
                    + " per second, and closes. For scripted runs and benchmarks.")
    Double quitAfterHours;

    @Option(names = "--screenshot", paramLabel = "FILE",
            description = "With --quit-after-hours: writes a PNG of the whole screen before closing.")
    Path screenshot;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        checkOptions();
        if (GraphicsEnvironment.isHeadless()) {
            throw new InvalidInputException("the live view needs a display, and this Java runtime has none (DISPLAY"
                    + " is unset or java.awt.headless is true). Run it on a desktop or under Xvfb, or write a PNG with"
                    + " the snapshot command.");
        }
        LoadedScenario loaded = scenarioOptions.load();
        if (loaded.scenario().seed() > Integer.MAX_VALUE) {
            throw new InvalidInputException("seed " + loaded.scenario().seed() + " is too large for the live view:"
                    + " MASON's Console keeps 32-bit seeds, so the run would not match `run` with this seed."
                    + " Choose a seed up to " + Integer.MAX_VALUE + ".");
        }
        RideGridModel model = new RideGridModel(loaded.scenario());
        GuiSession.Outcome outcome = GuiSession.run(model, new GuiSession.Options(frameSeconds, play,
                quitAfterHours == null ? 0 : quitAfterHours, screenshot));
        if (quitAfterHours != null) {
            spec.commandLine().getOut().printf(Locale.ROOT,
                    "Reached simulated time %.0f s (%s) in %.1f s of play: %.1f frames/s, %.0f simulated s per s, %d vehicles%n",
                    outcome.reachedTime(), outcome.reachedClock(), outcome.playSeconds(), outcome.framesPerSecond(),
                    outcome.simulatedSecondsPerSecond(), model.vehicleCount());
        }
        return 0;
    }

    private void checkOptions() throws InvalidInputException {
        if (!(frameSeconds >= 1 && frameSeconds <= 3600)) {
            throw new InvalidInputException("--frame-seconds " + frameSeconds + " is out of range: choose 1 to 3600.");
        }
        if (quitAfterHours != null && !(quitAfterHours > 0)) {
            throw new InvalidInputException("--quit-after-hours " + quitAfterHours + " must be above 0.");
        }
        if (screenshot != null && quitAfterHours == null) {
            throw new InvalidInputException("--screenshot needs --quit-after-hours: the screenshot is taken when"
                    + " the scripted run stops.");
        }
        if (screenshot != null) {
            Path parent = screenshot.toAbsolutePath().getParent();
            if (parent == null || !Files.isDirectory(parent)) {
                throw new InvalidInputException("--screenshot " + screenshot + ": the folder " + parent
                        + " does not exist. Create it first.");
            }
        }
    }
}
