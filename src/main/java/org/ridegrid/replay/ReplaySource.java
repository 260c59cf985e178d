package org.ridegrid.replay;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.ridegrid.demand.DemandRecord;
import org.ridegrid.demand.DemandSource;
import org.ridegrid.scenario.CitySpec;

/**
 * The requests of a trip file, in file order, as a {@link DemandSource}. Time zero of the run is
 * 00:00 on the day of the first usable row when the file gives dates, or the file's own zero when it
 * gives seconds from the start of the run. A row earlier than the row used before it is skipped as
 * out_of_order, and a row at or after the horizon as after_horizon. Reading goes on to the end of the
 * file, so every row is counted.
 */
public final class ReplaySource implements DemandSource, AutoCloseable {
    private static final double SECONDS_PER_DAY = 86_400.0;

    private final Path file;
    private final double horizon;
    private final SkipTally skipped = new SkipTally();
    private final TripFileReader reader;
    private boolean started;
    private boolean wallClock;
    private double timeZero;
    private double lastTime;
    private long rowsUsed;

    ReplaySource(Path file, TripFormat format, TaxiZones zones, CitySpec city, double horizon) {
        this.file = file;
        this.horizon = horizon;
        this.reader = TripFileReader.open(file, format, zones, city, skipped);
    }

    @Override
    public DemandRecord next() {
        for (TripRow row = reader.next(); row != null; row = reader.next()) {
            if (!started) {
                started = true;
                wallClock = row.wallClock();
                timeZero = wallClock ? Math.floor(row.seconds() / SECONDS_PER_DAY) * SECONDS_PER_DAY : 0.0;
            } else if (row.wallClock() != wallClock) {
                // A file mixes dates and seconds from the start: the first row decides which it uses.
                skipped.add(SkipReason.INVALID_TIME, row.line());
                continue;
            }
            double time = row.seconds() - timeZero;
            if (time < lastTime) {
                skipped.add(SkipReason.OUT_OF_ORDER, row.line());
            } else if (time >= horizon) {
                skipped.add(SkipReason.AFTER_HORIZON, row.line());
            } else {
                lastTime = time;
                rowsUsed++;
                return new DemandRecord(time, row.origin(), row.destination());
            }
        }
        return null;
    }

    /**
     * Reads the rest of the file, so that every row is counted, and returns how many records it
     * pulled. They count as used; after a run that pulled every record, the result is 0.
     */
    public long readToEnd() {
        long pulled = 0;
        while (next() != null) {
            pulled++;
        }
        return pulled;
    }

    /** Returns the format read, as detected or as requested. */
    public TripFormat format() {
        return reader.layout().format();
    }

    /** Returns 00:00 of the first usable row's day, or null when the file gives seconds from the start or has no usable row. */
    public LocalDateTime timeZero() {
        return started && wallClock ? LocalDateTime.ofEpochSecond((long) timeZero, 0, ZoneOffset.UTC) : null;
    }

    /** Returns the counts so far; after {@link #readToEnd()} they cover the whole file. */
    public TripFileReport report() {
        return new TripFileReport(file.toString(), format(), timeZero(), reader.rowsRead(), rowsUsed, skipped);
    }

    @Override
    public void close() {
        reader.close();
    }
}
