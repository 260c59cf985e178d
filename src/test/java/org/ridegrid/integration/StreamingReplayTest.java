package org.ridegrid.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ridegrid.output.ScenarioRun;

/**
 * A replay streams its trip file: the same small heap replays a file of a thousand rows and one of
 * two million rows, which is larger than the heap. Each replay runs in a JVM of its own, started
 * with that heap limit.
 */
class StreamingReplayTest {
    /**
     * Heap limit of both replays, in MB. With OpenJDK 17.0.15 on 2 cores, 16 MB was the smallest
     * heap that ran the short file, and 12 MB failed. Twice that leaves a margin for other JVMs.
     */
    private static final int HEAP_MB = 32;
    private static final int DAYS = 20;
    private static final int LONG_ROWS = 2_000_000;
    private static final int SHORT_ROWS = 1_000;

    private static final String SCENARIO = """
            name: streaming
            days: %d
            city: {width_cells: 10, height_cells: 10}
            fleets:
              - {name: cabs, kind: cybercab, vehicles: 10}
            charging:
              pads: {count: 4}
            output: {trips_csv: false}
            """.formatted(DAYS);

    @TempDir
    Path temp;

    /** Writes a generic trip file of {@code rows} requests in cells, spread evenly over the horizon. */
    private Path writeTrips(String name, int rows) throws IOException {
        Path file = temp.resolve(name);
        double spacing = DAYS * 86_400.0 / rows;
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writer.write("request_time,origin_x,origin_y,destination_x,destination_y\n");
            StringBuilder row = new StringBuilder();
            for (int i = 0; i < rows; i++) {
                row.setLength(0);
                row.append(i * spacing).append(',').append(i % 10).append(',').append((i / 10) % 10).append(',')
                        .append((i * 7) % 10).append(',').append((i * 3) % 10).append('\n');
                writer.append(row);
            }
        }
        return file;
    }

    /** Runs {@code run --trips} in a new JVM with a heap of {@link #HEAP_MB}, and returns the run folder. */
    private Path replayInSmallHeap(Path scenario, Path trips, String name) throws Exception {
        Path folder = temp.resolve(name);
        Path log = temp.resolve(name + ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx" + HEAP_MB + "m", "-cp", System.getProperty("java.class.path"),
                "org.ridegrid.cli.RideGridCli", "run", scenario.toString(), "--trips", trips.toString(),
                "--no-check", "--no-charts", "--out", folder.toString());
        builder.redirectErrorStream(true);
        builder.redirectOutput(log.toFile());
        Process process = builder.start();
        try {
            assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the replay did not finish within 5 minutes");
        } finally {
            process.destroyForcibly();
        }
        assertEquals(0, process.exitValue(), Files.readString(log));
        return folder;
    }

    @SuppressWarnings("unchecked")
    private static long rowsUsed(Path folder) throws IOException {
        Map<String, Object> tripFile = (Map<String, Object>) ScenarioRun.readSummary(folder).get("trip_file");
        return ((Number) tripFile.get("rows_used")).longValue();
    }

    @Test
    void sameHeapReplaysShortAndLongFile() throws Exception {
        Path scenario = Files.writeString(temp.resolve("streaming.yaml"), SCENARIO);
        Path shortTrips = writeTrips("short.csv", SHORT_ROWS);
        Path longTrips = writeTrips("long.csv", LONG_ROWS);
        assertTrue(Files.size(longTrips) > HEAP_MB * 1024L * 1024, "the long file must be larger than the heap");

        assertEquals(SHORT_ROWS, rowsUsed(replayInSmallHeap(scenario, shortTrips, "short")));
        assertEquals(LONG_ROWS, rowsUsed(replayInSmallHeap(scenario, longTrips, "long")));
    }
}