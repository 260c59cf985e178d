package org.ridegrid.gui;

import java.awt.AWTException;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import javax.imageio.ImageIO;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;

import org.ridegrid.model.RideGridModel;
import org.ridegrid.output.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import sim.display.Console;

/**
 * Opens MASON's Console on a model with the live view, and optionally plays it for a number of
 * simulated hours, takes a screenshot and closes, for scripted runs, benchmarks and tests.
 */
public final class GuiSession {
    private static final Logger LOG = LoggerFactory.getLogger(GuiSession.class);
    /** Wall-clock pause before a screenshot, so that Swing has painted the last frame. */
    private static final long SETTLE_MILLIS = 500;

    /**
     * How to run the session.
     *
     * @param quitAfterHours simulated hours to play before closing, or 0 to stay open until the user quits
     * @param screenshot PNG of the whole screen written before closing, or null
     */
    public record Options(double frameSeconds, boolean play, double quitAfterHours, Path screenshot) {
    }

    /**
     * The result of a scripted session: the simulated time of its last frame, and the frames painted
     * and wall-clock seconds spent while playing.
     */
    public record Outcome(double reachedTime, String reachedClock, long framesPainted, double playSeconds) {
        public double framesPerSecond() {
            return playSeconds > 0 ? framesPainted / playSeconds : Double.NaN;
        }

        public double simulatedSecondsPerSecond() {
            return playSeconds > 0 ? reachedTime / playSeconds : Double.NaN;
        }
    }

    private GuiSession() {
    }

    /**
     * Opens the Console on {@code model}, which must not have started. Returns when the user closes
     * it or, with {@link Options#quitAfterHours()}, once the run has played that long.
     */
    public static Outcome run(RideGridModel model, Options options)
            throws InterruptedException, InvocationTargetException, IOException, AWTException {
        CountDownLatch closed = new CountDownLatch(1);
        AtomicReference<Headline> last = new AtomicReference<>();
        AtomicReference<Console> consoleRef = new AtomicReference<>();
        RideGridWithUI gui = new RideGridWithUI(model, options.frameSeconds());
        gui.onQuit(closed::countDown);
        gui.addSink((headline, events) -> last.set(headline));
        SwingUtilities.invokeAndWait(() -> consoleRef.set(openConsole(gui, options)));
        Console console = consoleRef.get();
        if (options.quitAfterHours() <= 0) {
            if (options.play()) {
                SwingUtilities.invokeAndWait(console::pressPlay);
            }
            closed.await();
            return outcome(last.get(), gui, 0, 0);
        }

        long startFrames = gui.scene().framesDrawn();
        long started = System.nanoTime();
        SwingUtilities.invokeAndWait(console::pressPlay);
        // The Console stops by itself at the end time set in openConsole, or when the run ends first.
        while (console.getPlayState() == Console.PS_PLAYING) {
            Thread.sleep(50);
        }
        double playSeconds = (System.nanoTime() - started) / 1e9;
        long frames = gui.scene().framesDrawn() - startFrames;
        if (options.screenshot() != null) {
            SwingUtilities.invokeAndWait(() -> { });
            Thread.sleep(SETTLE_MILLIS);
            writeScreenshot(options.screenshot());
        }
        Outcome outcome = outcome(last.get(), gui, frames, playSeconds);
        SwingUtilities.invokeAndWait(() -> {
            console.setVisible(false);
            gui.quit();
            console.dispose();
        });
        return outcome;
    }

    private static Console openConsole(RideGridWithUI gui, Options options) {
        Console console = new Console(gui);
        // Without a window manager (Xvfb) nothing places windows: the console goes below the charts.
        GuiWindows windows = gui.windows();
        JFrame display = windows.displayFrame();
        int chartsHeight = 0;
        for (JFrame chart : windows.chartFrames()) {
            chartsHeight += chart.getHeight();
        }
        console.setLocation(display.getWidth(), chartsHeight);
        if (options.quitAfterHours() > 0) {
            console.setWhenShouldEndTime(options.quitAfterHours() * 3600.0);
        }
        console.setVisible(true);
        LOG.info("Opened the live view of scenario {} with seed {}", gui.model().scenario().name(), gui.model().seed());
        return console;
    }

    private static Outcome outcome(Headline headline, RideGridWithUI gui, long frames, double playSeconds) {
        double time = headline == null ? 0.0 : headline.time();
        return new Outcome(time, gui.model().calendar().format(time), frames, playSeconds);
    }

    private static void writeScreenshot(Path target) throws AWTException, IOException {
        Rectangle screen = new Rectangle(Toolkit.getDefaultToolkit().getScreenSize());
        BufferedImage image = new Robot().createScreenCapture(screen);
        Path temporary = AtomicFiles.temporaryFor(target);
        try {
            if (!ImageIO.write(image, "png", temporary.toFile())) {
                throw new IOException("no PNG writer is available");
            }
            AtomicFiles.moveIntoPlace(temporary, target);
        } finally {
            java.nio.file.Files.deleteIfExists(temporary);
        }
        LOG.info("Wrote a screenshot of {} x {} pixels to {}", screen.width, screen.height, target);
    }
}
