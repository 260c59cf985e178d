package org.ridegrid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotCommandTest {
    private static final String TINY = "src/test/resources/scenarios/tiny.yaml";

    private static CliOutcome cli(String... args) {
        return CliOutcome.run(args);
    }

    @Test
    void snapshotWritesPng(@TempDir Path temp) throws Exception {
        Path png = temp.resolve("city.png");
        CliOutcome outcome = cli("snapshot", TINY, "--at", "0:08:00", "--out", png.toString(), "--cell-pixels", "20");
        assertEquals(0, outcome.code(), outcome.err());
        assertTrue(outcome.out().contains("day 0 (Mon) 08:00:00"), outcome.out());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(200 + 250, image.getWidth());
        try (var entries = Files.list(temp)) {
            assertFalse(entries.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")), "temporary file left");
        }
    }

    @Test
    void snapshotReplacesWritableFile(@TempDir Path temp) throws Exception {
        Path png = temp.resolve("city.png");
        Files.writeString(png, "old");
        assertEquals(0, cli("snapshot", TINY, "--at", "0:00:00", "--out", png.toString()).code());
        assertTrue(ImageIO.read(png.toFile()) != null, "the old file was replaced by a PNG");
    }

    @Test
    void badAtFormatsExitTwo(@TempDir Path temp) {
        Path png = temp.resolve("city.png");
        for (String at : new String[] {"8:00", "0-08:00", "0:8:00", "x:08:00", "0:24:00", "0:08:60", ""}) {
            CliOutcome outcome = cli("snapshot", TINY, "--at", at, "--out", png.toString());
            assertEquals(2, outcome.code(), "--at '" + at + "': " + outcome.err());
            assertTrue(outcome.err().contains("is not a valid time"), outcome.err());
            assertFalse(Files.exists(png), "--at '" + at + "' wrote a file");
        }
    }

    @Test
    void atBeyondHorizonExitsTwo(@TempDir Path temp) {
        Path png = temp.resolve("city.png");
        CliOutcome outcome = cli("snapshot", TINY, "--days", "1", "--at", "1:00:01", "--out", png.toString());
        assertEquals(2, outcome.code(), outcome.err());
        assertTrue(outcome.err().contains("beyond the end of the run"), outcome.err());
        assertTrue(outcome.err().contains("1:00:00"), "names the latest valid time: " + outcome.err());
        assertFalse(Files.exists(png));
    }

    @Test
    void atHorizonIsAccepted(@TempDir Path temp) {
        Path png = temp.resolve("end.png");
        CliOutcome outcome = cli("snapshot", TINY, "--days", "1", "--at", "1:00:00", "--out", png.toString());
        assertEquals(0, outcome.code(), outcome.err());
        assertTrue(Files.exists(png));
    }

    @Test
    void readOnlyOutExitsTwo(@TempDir Path temp) throws Exception {
        Path png = temp.resolve("kept.png");
        Files.writeString(png, "earlier picture");
        Files.setPosixFilePermissions(png, PosixFilePermissions.fromString("r--r--r--"));
        CliOutcome outcome = cli("snapshot", TINY, "--at", "0:08:00", "--out", png.toString());
        assertEquals(2, outcome.code(), outcome.err());
        assertTrue(outcome.err().contains("read-only"), outcome.err());
        assertEquals("earlier picture", Files.readString(png));
    }

    @Test
    void folderOutExitsTwo(@TempDir Path temp) {
        CliOutcome outcome = cli("snapshot", TINY, "--at", "0:08:00", "--out", temp.toString());
        assertEquals(2, outcome.code(), outcome.err());
        assertTrue(outcome.err().contains("is a folder"), outcome.err());
    }

    @Test
    void missingFolderExitsTwo(@TempDir Path temp) {
        CliOutcome outcome = cli("snapshot", TINY, "--at", "0:08:00", "--out", temp.resolve("no/such/city.png").toString());
        assertEquals(2, outcome.code(), outcome.err());
        assertTrue(outcome.err().contains("does not exist"), outcome.err());
    }

    @Test
    void cellPixelsOutOfRangeExitsTwo(@TempDir Path temp) {
        CliOutcome outcome = cli("snapshot", TINY, "--at", "0:08:00", "--out", temp.resolve("c.png").toString(),
                "--cell-pixels", "0");
        assertEquals(2, outcome.code(), outcome.err());
        assertTrue(outcome.err().contains("--cell-pixels"), outcome.err());
    }

    @Test
    void guiWithoutDisplayExitsTwo() {
        // Surefire runs with java.awt.headless=true, so the live view must refuse with a clear message.
        CliOutcome outcome = cli("gui", TINY);
        assertEquals(2, outcome.code(), outcome.err());
        assertTrue(outcome.err().contains("needs a display"), outcome.err());
    }

    @Test
    void guiScreenshotNeedsQuitAfter() {
        CliOutcome outcome = cli("gui", TINY, "--screenshot", "shot.png");
        assertEquals(2, outcome.code(), outcome.err());
        assertTrue(outcome.err().contains("--screenshot needs --quit-after-hours"), outcome.err());
    }
}
