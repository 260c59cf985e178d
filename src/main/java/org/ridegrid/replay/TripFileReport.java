package org.ridegrid.replay;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of each row of a replayed trip file: rows read, used and skipped by reason. Every
 * data row is either used or skipped, so {@code rowsRead = rowsUsed + skipped.total()}.
 *
 * @param timeZero 00:00 of the first usable row's day, or null when the file gives seconds from the start
 */
public record TripFileReport(String file, TripFormat format, LocalDateTime timeZero, long rowsRead, long rowsUsed,
        SkipTally skipped) {

    public long rowsSkipped() {
        return skipped.total();
    }

    /** Returns the rows skipped for a reason that makes them invalid, so every reason but after_horizon. */
    public long rowsInvalid() {
        return skipped.invalid();
    }

    /** Returns the {@code trip_file} object of summary.json; docs/outputs.md describes its keys. */
    public Map<String, Object> toSummary() {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("file", file);
        summary.put("format", format.key());
        summary.put("time_zero", timeZero == null ? null : timeZero.toString());
        summary.put("rows_read", rowsRead);
        summary.put("rows_used", rowsUsed);
        summary.put("rows_skipped", rowsSkipped());
        Map<String, Object> reasons = new LinkedHashMap<>();
        for (SkipReason reason : SkipReason.values()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("count", skipped.count(reason));
            entry.put("first_lines", skipped.firstLines(reason));
            reasons.put(reason.key(), entry);
        }
        summary.put("skipped_by_reason", reasons);
        return summary;
    }

    /** Returns the counts as one line for the log, with the reasons that skipped any row. */
    public String logLine() {
        return "Trip file " + file + " (" + format.key() + "): " + rowsRead + " rows read, " + rowsUsed + " used, "
                + rowsSkipped() + " skipped" + reasonsText(false);
    }

    /** Lists the reasons that skipped any row with their counts and, with {@code invalidOnly}, only invalid ones. */
    String reasonsText(boolean invalidOnly) {
        List<String> parts = new ArrayList<>();
        for (SkipReason reason : SkipReason.values()) {
            long count = skipped.count(reason);
            if (count > 0 && (!invalidOnly || reason.isInvalid())) {
                parts.add(reason.key() + " " + count + " (first lines " + joinLines(skipped.firstLines(reason)) + ")");
            }
        }
        return parts.isEmpty() ? "" : ": " + String.join(", ", parts);
    }

    private static String joinLines(List<Long> lines) {
        List<String> text = new ArrayList<>();
        for (Long line : lines) {
            text.add(line.toString());
        }
        return String.join(", ", text);
    }
}
