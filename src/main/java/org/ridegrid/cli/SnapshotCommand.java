package org.ridegrid.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.concurrent.Callable;

import javax.imageio.ImageIO;

import org.ridegrid.gui.CitySnapshot;
import org.ridegrid.model.RideGridModel;
import org.ridegrid.output.AtomicFiles;
import org.ridegrid.scenario.LoadedScenario;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Renders the live city view at one simulated time into a PNG, without a display. */
@Command(name = "snapshot", mixinStandardHelpOptions = true,
        description = {"Runs a scenario to a simulated time and writes the live view at that time (city, pads, riders,"
                + " vehicles, clock, numbers so far and legend) as a PNG. Needs no display."})
final class SnapshotCommand implements Callable<Integer> {
    @Mixin
    ScenarioOptions scenarioOptions;

    @Option(names = "--at", required = true, paramLabel = "DAY:HH:MM",
            description = "Simulated time to show, as day:hour:minute with day 0 the first day, for example 0:08:15.")
    String at;

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "PNG file to write. An existing file is replaced unless it is read-only.")
    Path out;

    @Option(names = "--cell-pixels", paramLabel = "PX",
            description = "Size of a city cell in pixels (1 to 200). Default: the live view's opening zoom,"
                    + " which fits the city into about 800 pixels.")
    Integer cellPixels;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        checkOut();
        if (cellPixels != null && (cellPixels < 1 || cellPixels > 200)) {
            throw new InvalidInputException("--cell-pixels " + cellPixels + " is out of range: choose 1 to 200.");
        }
        LoadedScenario loaded = scenarioOptions.load();
        double time = DayTime.parse("--at", at, loaded.scenario().horizonSeconds());
        RideGridModel model = new RideGridModel(loaded.scenario());
        int pixels = cellPixels != null ? cellPixels : CitySnapshot.defaultCellPixels(model);
        BufferedImage image = CitySnapshot.render(model, time, pixels);
        write(image);
        spec.commandLine().getOut().printf("Wrote %s (%d x %d pixels) at %s%n", out, image.getWidth(), image.getHeight(),
                model.calendar().format(time));
        return 0;
    }

    private void checkOut() throws InvalidInputException, IOException {
        if (Files.isDirectory(out)) {
            throw new InvalidInputException("--out " + out + " is a folder. Give a file name such as city.png.");
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new InvalidInputException("--out " + out + ": the folder " + parent + " does not exist. Create it first.");
        }
        if (Files.exists(out) && isReadOnly(out)) {
            throw new InvalidInputException("--out " + out + " exists and is read-only, so it is not replaced."
                    + " Choose another file or make it writable.");
        }
        if (!Files.isWritable(parent)) {
            throw new InvalidInputException("--out " + out + ": the folder " + parent + " is not writable.");
        }
    }

    /**
     * Returns true when the file may not be written. The owner's write bit is checked as well, because
     * {@link Files#isWritable} is always true for root.
     */
    private static boolean isReadOnly(Path file) throws IOException {
        if (!Files.isWritable(file)) {
            return true;
        }
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (posix == null) {
            return false;
        }
        Set<PosixFilePermission> permissions = posix.readAttributes().permissions();
        return !permissions.contains(PosixFilePermission.OWNER_WRITE);
    }

    private void write(BufferedImage image) throws IOException {
        Path temporary = AtomicFiles.temporaryFor(out);
        try {
            if (!ImageIO.write(image, "png", temporary.toFile())) {
                throw new IOException("no PNG writer is available in this Java runtime");
            }
            AtomicFiles.moveIntoPlace(temporary, out);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
