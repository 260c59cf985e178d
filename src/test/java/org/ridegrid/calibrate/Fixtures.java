package org.ridegrid.calibrate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small hand-made data files in the column layout of the real data sets. */
final class Fixtures {
    private Fixtures() {
    }

    static Path write(Path folder, String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    /** Chicago hourly rows of one year: every hour {@code others} trips, except hour 0 with {@code first}. */
    static String chicagoYear(int year, int first, int others) {
        StringBuilder rows = new StringBuilder();
        for (int hour = 0; hour < 24; hour++) {
            rows.append(year).append(",2,").append(hour).append(',').append(hour == 0 ? first : others)
                    .append(",1,1,2,20,14,6\n");
        }
        return rows.toString();
    }

    static final String CHICAGO_HEADER =
            "year,month,hour,trip_count,fare_per_minute,trip_total_per_minute,fare_per_mile,miles_per_hour,minutes,miles\n";
}
