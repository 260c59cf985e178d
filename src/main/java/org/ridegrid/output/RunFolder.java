package org.ridegrid.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.stream.Stream;

/** Chooses and creates the folder a run writes to. */
public final class RunFolder {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private RunFolder() {
    }

    /**
     * Returns a new folder {@code runsRoot/<scenario>/seed<seed>-<date>-<time>}, with a numeric suffix when
     * that name is taken, and creates it.
     */
    public static Path createDefault(Path runsRoot, String scenario, long seed, LocalDateTime now) throws IOException {
        Path parent = runsRoot.resolve(scenario);
        Files.createDirectories(parent);
        String base = "seed" + seed + "-" + STAMP.format(now);
        for (int attempt = 1; ; attempt++) {
            Path candidate = parent.resolve(attempt == 1 ? base : base + "-" + attempt);
            try {
                return Files.createDirectory(candidate);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // Taken by an earlier run in the same second: try the next suffix.
            }
        }
    }

    /** Returns true when {@code folder} exists and holds at least one entry. */
    public static boolean isNonEmpty(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isPresent();
        }
    }
}
