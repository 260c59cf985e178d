package org.ridegrid.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ridegrid.model.VehicleState;

/**
 * Opens the real Console under an Xvfb server of its own, plays tiny for three simulated hours in a
 * separate JVM without java.awt.headless, and checks the screenshot and the time reached. Skipped
 * when Xvfb is not installed; .ci/run installs it.
 */
class LiveViewXvfbTest {
    private static final Path TINY = Path.of("src/test/resources/scenarios/tiny.yaml");
    private static final Pattern REACHED = Pattern.compile("Reached simulated time (\\d+) s");

    private static Path xvfb() {
        for (String dir : List.of("/usr/bin", "/usr/local/bin")) {
            Path candidate = Path.of(dir, "Xvfb");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** Returns a display number with no X server lock or socket. */
    private static int freeDisplay() {
        for (int n = 90; n < 400; n++) {
            if (!Files.exists(Path.of("/tmp/.X" + n + "-lock")) && !Files.exists(Path.of("/tmp/.X11-unix/X" + n))) {
                return n;
            }
        }
        throw new IllegalStateException("no free X display number between :90 and :399");
    }

    @Test
    void consolePlaysAndDraws(@TempDir Path temp) throws Exception {
        Path xvfb = xvfb();
        assumeTrue(xvfb != null, "Xvfb is not installed");
        int display = freeDisplay();
        Process server = new ProcessBuilder(xvfb.toString(), ":" + display, "-screen", "0", "1600x1200x24", "-nolisten", "tcp")
                .redirectErrorStream(true).redirectOutput(temp.resolve("xvfb.log").toFile()).start();
        try {
            Path socket = Path.of("/tmp/.X11-unix/X" + display);
            for (int i = 0; i < 100 && !Files.exists(socket); i++) {
                Thread.sleep(50);
            }
            assertTrue(server.isAlive(), "Xvfb exited: " + Files.readString(temp.resolve("xvfb.log")));

            Path shot = temp.resolve("screen.png");
            Path log = temp.resolve("gui.log");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder child = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                    "org.ridegrid.cli.RideGridCli", "gui", TINY.toString(), "--quit-after-hours", "3",
                    "--screenshot", shot.toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            child.environment().put("DISPLAY", ":" + display);
            child.environment().remove("JAVA_TOOL_OPTIONS");
            Process gui = child.start();
            boolean finished = gui.waitFor(180, TimeUnit.SECONDS);
            if (!finished) {
                gui.destroyForcibly();
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            assertTrue(finished, "the GUI did not close within 180 s:\n" + output);
            assertEquals(0, gui.exitValue(), output);

            Matcher reached = REACHED.matcher(output);
            assertTrue(reached.find(), "no time reached in the output:\n" + output);
            assertEquals(3 * 3600, Long.parseLong(reached.group(1)), "the clock should reach 3 simulated hours");

            BufferedImage image = ImageIO.read(shot.toFile());
            assertEquals(1600, image.getWidth());
            assertTrue(distinctColours(image) > 50, "the screenshot looks blank");
            assertTrue(contains(image, VehicleState.IDLE.rgb()), "no idle vehicle colour on screen");
        } finally {
            server.destroy();
            if (!server.waitFor(10, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        return colours.size();
    }

    private static boolean contains(BufferedImage image, int rgb) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
                    return true;
                }
            }
        }
        return false;
    }
}
