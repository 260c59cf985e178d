package org.ridegrid.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.ridegrid.cli.RideGridCli;

/** Run folders of the tiny test scenario for report tests, made with the real `run` command. */
final class TinyRuns {
    static final String TINY = "src/test/resources/scenarios/tiny.yaml";

    private TinyRuns() {
    }

    /** Runs the tiny scenario for {@code days} days into {@code folder}, without charts. */
    static Path run(Path folder, int days, String... extra) {
        List<String> args = new ArrayList<>(List.of("run", TINY, "--days", Integer.toString(days), "--out",
                folder.toString(), "--no-charts"));
        args.addAll(List.of(extra));
        StringWriter err = new StringWriter();
        int code = RideGridCli.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), args.toArray(new String[0]));
        assertEquals(0, code, err.toString());
        return folder;
    }

    /** Copies the files of a run folder (not its subfolders) to a new folder. */
    static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
        return to;
    }

    /** Parses hourly.csv with plain string splitting, independent of the report's reader. */
    static List<String[]> hourlyRows(Path folder) throws IOException {
        List<String> lines = Files.readAllLines(folder.resolve("hourly.csv"));
        List<String[]> rows = new ArrayList<>();
        for (String line : lines) {
            rows.add(line.split(",", -1));
        }
        return rows;
    }
}
