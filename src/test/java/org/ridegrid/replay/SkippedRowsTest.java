package org.ridegrid.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ridegrid.replay.ReplayFixtures.Replayed;

/** Rows that cannot be used are counted by reason with their first lines, and too many fail the replay. */
class SkippedRowsTest {
    private static final String CELLS_HEADER = "request_time,origin_x,origin_y,destination_x,destination_y";

    @TempDir
    Path folder;

    private Replayed replayCells(String... rows) throws Exception {
        String[] lines = new String[rows.length + 1];
        lines[0] = CELLS_HEADER;
        System.arraycopy(rows, 0, lines, 1, rows.length);
        Path file = ReplayFixtures.write(folder, "cells.csv", lines);
        return ReplayFixtures.replay(file, null, null, ReplayFixtures.withoutAnchor());
    }

    @Test
    void eachReasonCountedWithLines() throws Exception {
        Replayed replayed = replayCells(
                "10,1,1,2,2",          // line 2: used
                "20,1,1,2,2,9",        // line 3: malformed_row
                ",1,1,2,2",            // line 4: missing_time
                "noon,1,1,2,2",        // line 5: invalid_time
                "-5,1,1,2,2",          // line 6: invalid_time, before the start
                "30,1,,2,2",           // line 7: missing_location
                "30,1,one,2,2",        // line 8: invalid_location
                "30,1.5,1,2,2",        // line 9: invalid_location, not a whole cell
                "30,-1,1,2,2",         // line 10: origin_outside_grid
                "30,1,1,2,40",         // line 11: destination_outside_grid
                "",                    // line 12: blank, not a row
                "5,1,1,2,2",           // line 13: out_of_order
                "86400,1,1,2,2",       // line 14: after_horizon
                "2024-01-01T00:00,1,1,2,2", // line 15: invalid_time, a date in a file of seconds
                "40,3,3,3,3");         // line 16: used, same cell
        TripFileReport report = replayed.report();
        assertEquals(14, report.rowsRead());
        assertEquals(2, report.rowsUsed());
        assertEquals(12, report.rowsSkipped());
        assertEquals(11, report.rowsInvalid());
        Map<SkipReason, List<Long>> expected = Map.of(
                SkipReason.MALFORMED_ROW, List.of(3L),
                SkipReason.MISSING_TIME, List.of(4L),
                SkipReason.INVALID_TIME, List.of(5L, 6L, 15L),
                SkipReason.MISSING_LOCATION, List.of(7L),
                SkipReason.INVALID_LOCATION, List.of(8L, 9L),
                SkipReason.ORIGIN_OUTSIDE_GRID, List.of(10L),
                SkipReason.DESTINATION_OUTSIDE_GRID, List.of(11L),
                SkipReason.OUT_OF_ORDER, List.of(13L),
                SkipReason.AFTER_HORIZON, List.of(14L));
        for (SkipReason reason : SkipReason.values()) {
            List<Long> lines = expected.getOrDefault(reason, List.of());
            assertEquals(lines, report.skipped().firstLines(reason), reason.key());
            assertEquals(lines.size(), report.skipped().count(reason), reason.key());
        }
    }

    @Test
    void firstLinesKeepFive() throws Exception {
        Replayed replayed = replayCells("1,1,1,2,2", "x,1,1,2,2", "x,1,1,2,2", "x,1,1,2,2", "x,1,1,2,2", "x,1,1,2,2",
                "x,1,1,2,2", "2,1,1,2,2", "3,1,1,2,2", "4,1,1,2,2", "5,1,1,2,2", "6,1,1,2,2", "7,1,1,2,2");
        assertEquals(6, replayed.report().skipped().count(SkipReason.INVALID_TIME));
        assertEquals(List.of(3L, 4L, 5L, 6L, 7L), replayed.report().skipped().firstLines(SkipReason.INVALID_TIME));
    }

    @Test
    void rowsBeforePreviousAreOutOfOrder() throws Exception {
        Replayed replayed = replayCells(
                "100,1,1,2,2",   // line 2: used
                "50,1,1,2,2",    // line 3: earlier than 100
                "100,1,1,2,2",   // line 4: same time as the last used row, used
                "200,1,1,2,2",   // line 5: used
                "150,1,1,2,2",   // line 6: earlier than 200
                "99999,1,1,2,2", // line 7: after the horizon, so the next row is compared with 200
                "300,1,1,2,2");  // line 8: used
        TripFileReport report = replayed.report();
        assertEquals(List.of(3L, 6L), report.skipped().firstLines(SkipReason.OUT_OF_ORDER));
        assertEquals(List.of(7L), report.skipped().firstLines(SkipReason.AFTER_HORIZON));
        assertEquals(List.of(100.0, 100.0, 200.0, 300.0),
                replayed.records().stream().map(r -> r.time()).toList());
    }

    @Test
    void timeZeroIsFirstRowsMidnight() throws Exception {
        Path file = ReplayFixtures.write(folder, "dates.csv", CELLS_HEADER,
                "2024-06-03 23:30:00,1,1,2,2",
                "2024-06-04 00:30:00,1,1,2,2",
                "2024-06-04 23:59:59,1,1,2,2");
        Replayed replayed = ReplayFixtures.replay(file, null, null, ReplayFixtures.withoutAnchor());
        // The run lasts one day, so rows of the next day are after its horizon.
        assertEquals(List.of(23.5 * 3600), replayed.records().stream().map(r -> r.time()).toList());
        assertEquals(List.of(3L, 4L), replayed.report().skipped().firstLines(SkipReason.AFTER_HORIZON));
    }

    @Test
    void unclosedQuoteFailsWithLine() throws Exception {
        Path file = ReplayFixtures.write(folder, "quote.csv", CELLS_HEADER, "1,1,1,2,2", "\"2,1,1,2,2", "3,1,1,2,2");
        TripFileException error = assertThrows(TripFileException.class,
                () -> ReplayFixtures.replay(file, null, null, ReplayFixtures.withoutAnchor()));
        assertTrue(error.getMessage().startsWith(file + ":3: the trip file is not valid CSV"), error.getMessage());
    }

    @Test
    void halfInvalidIsAccepted() throws Exception {
        Path file = ReplayFixtures.write(folder, "half.csv", CELLS_HEADER,
                "1,1,1,2,2", "2,1,1,2,2", "x,1,1,2,2", "4,1,1,2,99");
        TripFileReport report = new TripReplay(file, null, null, ReplayFixtures.withoutAnchor()).check();
        assertEquals(4, report.rowsRead());
        assertEquals(2, report.rowsInvalid());
    }

    @Test
    void moreThanHalfInvalidFails() throws Exception {
        Path file = ReplayFixtures.write(folder, "bad.csv", CELLS_HEADER,
                "1,1,1,2,2", "2,1,1,2,2", "x,1,1,2,2", "4,1,1,2,99", "5,,1,2,2");
        TripFileException error = assertThrows(TripFileException.class,
                () -> new TripReplay(file, null, null, ReplayFixtures.withoutAnchor()).check());
        assertEquals(file + ": 3 of 5 rows (60.0%) are invalid, more than the 50% a replay accepts:"
                + " invalid_time 1 (first lines 4), missing_location 1 (first lines 6),"
                + " destination_outside_grid 1 (first lines 5). Check the format (generic) and the columns;"
                + " docs/replay.md lists them.",
                error.getMessage());
    }

    @Test
    void unsortedFileAdvisesSorting() throws Exception {
        Path file = ReplayFixtures.write(folder, "unsorted.csv", CELLS_HEADER,
                "50,1,1,2,2", "10,1,1,2,2", "20,1,1,2,2", "30,1,1,2,2");
        TripFileException error = assertThrows(TripFileException.class,
                () -> new TripReplay(file, null, null, ReplayFixtures.withoutAnchor()).check());
        assertTrue(error.getMessage().endsWith("sort the file by its time column (docs/replay.md shows how)."),
                error.getMessage());
    }

    @Test
    void rowsAfterHorizonAreNotInvalid() throws Exception {
        Path file = ReplayFixtures.write(folder, "late.csv", CELLS_HEADER,
                "1,1,1,2,2", "90000,1,1,2,2", "90001,1,1,2,2", "90002,1,1,2,2");
        TripFileReport report = new TripReplay(file, null, null, ReplayFixtures.withoutAnchor()).check();
        assertEquals(1, report.rowsUsed());
        assertEquals(3, report.skipped().count(SkipReason.AFTER_HORIZON));
    }

    @Test
    void headerOnlyFails() throws Exception {
        Path file = ReplayFixtures.write(folder, "empty.csv", CELLS_HEADER);
        TripFileException error = assertThrows(TripFileException.class,
                () -> new TripReplay(file, null, null, ReplayFixtures.withoutAnchor()).check());
        assertEquals(file + ": the trip file has a header but no data rows.", error.getMessage());
    }
}
