package org.ridegrid.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.ridegrid.replay.TripFileException;
import org.ridegrid.replay.TripFileReport;
import org.ridegrid.replay.TripFormat;
import org.ridegrid.replay.TripReplay;
import org.ridegrid.scenario.Scenario;

import picocli.CommandLine.Option;

/** The options of {@code run} that replay a trip file in place of the synthetic demand. */
final class TripOptions {
    private static final String AUTO = "auto";

    @Option(names = "--trips", paramLabel = "FILE",
            description = "Trip file (CSV) whose requests replace the scenario's synthetic demand. Time zero is 00:00"
                    + " of the first row's day. Formats and columns: docs/replay.md.")
    Path trips;

    @Option(names = "--trips-format", paramLabel = "FORMAT", defaultValue = AUTO,
            description = "Format of the --trips file: auto (detected from the header), rideaustin, nyc-tlc, chicago"
                    + " or generic. Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--zones", paramLabel = "FILE",
            description = "Zone centroids for an nyc-tlc file that gives taxi zone ids: a CSV with the columns"
                    + " LocationID, lat and lon (degrees).")
    Path zones;

    /**
     * Reads the whole trip file once, prints the format chosen and returns the replay, or returns null
     * without --trips. Invalid options and files fail with {@link InvalidInputException}.
     */
    TripReplay prepare(Scenario scenario, PrintWriter out) throws InvalidInputException {
        TripFormat chosen = parseFormat();
        if (trips == null) {
            if (zones != null || chosen != null) {
                throw new InvalidInputException((zones != null ? "--zones" : "--trips-format")
                        + " is used only with --trips. Add --trips FILE, or remove the option.");
            }
            return null;
        }
        try {
            TripReplay replay = new TripReplay(trips, chosen, zones, scenario);
            TripFileReport report = replay.check();
            out.println("Trip file: " + trips + ", format " + report.format().key()
                    + (chosen == null ? " (detected from the header)" : ""));
            out.flush();
            return replay;
        } catch (TripFileException e) {
            throw new InvalidInputException(e.getMessage());
        }
    }

    /** Returns the format named by --trips-format, or null for auto. */
    private TripFormat parseFormat() throws InvalidInputException {
        if (AUTO.equals(format)) {
            return null;
        }
        TripFormat parsed = TripFormat.fromKey(format);
        if (parsed == null) {
            throw new InvalidInputException("--trips-format " + format + " is invalid: must be one of auto, rideaustin,"
                    + " nyc-tlc, chicago or generic.");
        }
        return parsed;
    }
}
