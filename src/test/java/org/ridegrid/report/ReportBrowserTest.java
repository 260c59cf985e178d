package org.ridegrid.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens report.html from the file system in headless Chromium, as a user would, with no server.
 * Skipped when /usr/bin/chromium is absent; .ci/run installs it.
 */
class ReportBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final long TIMEOUT_SECONDS = 90;
    /** Writes each image's loaded size into the page, so --dump-dom shows whether it loaded. */
    private static final String PROBE = "<script>window.addEventListener('load', function () {"
            + " var out = document.createElement('pre'); out.id = 'probe'; var lines = [];"
            + " for (var i = 0; i < document.images.length; i++) { var img = document.images[i];"
            + " lines.push('image ' + img.getAttribute('src') + ' ' + img.naturalWidth + 'x' + img.naturalHeight); }"
            + " out.textContent = lines.join('\\n'); document.body.appendChild(out); });</script>";

    @TempDir
    static Path temp;
    static Path folder;
    static Path page;

    @BeforeAll
    static void writeReport() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM);
        folder = TinyRuns.run(temp.resolve("tiny"), 2);
        page = RunReport.write(folder, folder);
    }

    /** Runs Chromium headless on {@code url} with {@code extra} options; returns its standard output. */
    private static String chromium(String url, String... extra) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(temp, "profile");
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--window-size=1200,2000"));
        command.addAll(List.of(extra));
        command.add(url);
        Path stdout = Files.createTempFile(temp, "chromium", ".out");
        Path stderr = Files.createTempFile(temp, "chromium", ".err");
        Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("Chromium did not finish in " + TIMEOUT_SECONDS + " s: " + Files.readString(stderr));
        }
        assertEquals(0, process.exitValue(), "Chromium exit code: " + Files.readString(stderr));
        return Files.readString(stdout);
    }

    @Test
    void screenshotIsNotBlank() throws Exception {
        Path shot = temp.resolve("shot.png");
        chromium(page.toUri().toString(), "--screenshot=" + shot);
        BufferedImage image = ImageIO.read(shot.toFile());
        assertNotNull(image, "the screenshot decodes");
        Set<Integer> colours = new HashSet<>();
        int nonWhite = 0;
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                if (rgb != 0xFFFFFF) {
                    nonWhite++;
                }
            }
        }
        int samples = (image.getWidth() / 4) * (image.getHeight() / 4);
        assertTrue(colours.size() > 50, "distinct colours in the screenshot: " + colours.size());
        assertTrue(nonWhite > samples / 10, "non-white share of the screenshot: " + nonWhite + " of " + samples);
    }

    @Test
    void everyChartImageLoads() throws Exception {
        String html = Files.readString(page);
        Path probe = folder.resolve("probe.html");
        Files.writeString(probe, html.replace("</body>", PROBE + "</body>"));
        String dom = chromium(probe.toUri().toString(), "--virtual-time-budget=10000", "--dump-dom");

        Matcher sources = Pattern.compile("<img src=\"([^\"]+)\"").matcher(html);
        int images = 0;
        while (sources.find()) {
            String line = "image " + sources.group(1) + " 1200x800";
            assertTrue(dom.contains(line), "Chromium did not load " + sources.group(1) + " at 1200 x 800");
            images++;
        }
        assertTrue(images >= 8, "images on the page: " + images);
    }
}
