package org.ridegrid.replay;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.Locale;

import org.ridegrid.scenario.Scenario;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A trip file to replay through one scenario. {@link #check()} reads the whole file once and fails
 * when more than half of its rows are invalid; {@link #open()} then opens it again as the run's
 * demand source. Neither keeps more than one row in memory.
 */
public final class TripReplay {
    /** A file whose invalid rows exceed this share of its data rows fails the run. */
    public static final double MAX_INVALID_SHARE = 0.5;

    private static final Logger LOG = LoggerFactory.getLogger(TripReplay.class);

    private final Path file;
    private final TripFormat format;
    private final TaxiZones zones;
    private final Scenario scenario;

    /**
     * Prepares a replay. {@code format} null detects the format from the header; {@code zonesFile}
     * may be null unless the file gives TLC zone ids. A zone file is read at once.
     */
    public TripReplay(Path file, TripFormat format, Path zonesFile, Scenario scenario) {
        this.file = file;
        this.format = format;
        this.zones = zonesFile == null ? null : TaxiZones.read(zonesFile);
        this.scenario = scenario;
    }

    /**
     * Reads every row and returns the counts. Fails when the file has no data rows or when more than
     * {@link #MAX_INVALID_SHARE} of its rows are invalid (every skip reason but after_horizon counts).
     */
    public TripFileReport check() {
        TripFileReport report;
        try (ReplaySource source = open()) {
            source.readToEnd();
            report = source.report();
        }
        if (report.rowsRead() == 0) {
            throw new TripFileException(file + ": the trip file has a header but no data rows.");
        }
        if (report.rowsInvalid() > MAX_INVALID_SHARE * report.rowsRead()) {
            throw new TripFileException(file + ": " + report.rowsInvalid() + " of " + report.rowsRead() + " rows ("
                    + String.format(Locale.ROOT, "%.1f", 100.0 * report.rowsInvalid() / report.rowsRead())
                    + "%) are invalid, more than the " + Math.round(100 * MAX_INVALID_SHARE) + "% a replay accepts" + report.reasonsText(true)
                    + ". " + advice(report));
        }
        warnOnWeekday(report);
        return report;
    }

    /** Opens the file as a demand source for one run; the caller closes it. */
    public ReplaySource open() {
        return new ReplaySource(file, format, zones, scenario.city(), scenario.horizonSeconds());
    }

    private void warnOnWeekday(TripFileReport report) {
        if (report.timeZero() == null) {
            return;
        }
        DayOfWeek fileDay = report.timeZero().getDayOfWeek();
        if (fileDay != scenario.startWeekday()) {
            String day = fileDay.name().toLowerCase(Locale.ROOT);
            LOG.warn("The trip file starts on {} ({}), but the scenario's start_weekday is {}, so weekday and weekend"
                    + " congestion follow the scenario's days. Add --set start_weekday={} to match the file.",
                    day, report.timeZero().toLocalDate(), scenario.startWeekday().name().toLowerCase(Locale.ROOT), day);
        }
    }

    /** Returns what to do about a file with too many invalid rows, from its most common skip reason. */
    private static String advice(TripFileReport report) {
        if (report.skipped().count(SkipReason.OUT_OF_ORDER) * 2 > report.rowsInvalid()) {
            return "Most invalid rows are out of time order: sort the file by its time column (docs/replay.md shows how).";
        }
        if (report.skipped().count(SkipReason.ORIGIN_OUTSIDE_GRID) + report.skipped().count(SkipReason.DESTINATION_OUTSIDE_GRID)
                > report.rowsInvalid() / 2) {
            return "Most invalid rows fall outside the grid: check city.anchor and the grid size.";
        }
        return "Check the format (" + report.format().key() + ") and the columns; docs/replay.md lists them.";
    }
}
