package org.ridegrid.replay;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Counts skipped rows by reason and keeps the first line numbers of each reason. */
public final class SkipTally {
    /** Line numbers kept per reason. */
    public static final int FIRST_LINES = 5;

    private final Map<SkipReason, long[]> counts = new EnumMap<>(SkipReason.class);
    private final Map<SkipReason, List<Long>> firstLines = new EnumMap<>(SkipReason.class);

    public SkipTally() {
        for (SkipReason reason : SkipReason.values()) {
            counts.put(reason, new long[1]);
            firstLines.put(reason, new ArrayList<>(FIRST_LINES));
        }
    }

    /** Counts one skipped row at file line {@code line} (1 is the header). */
    public void add(SkipReason reason, long line) {
        counts.get(reason)[0]++;
        List<Long> lines = firstLines.get(reason);
        if (lines.size() < FIRST_LINES) {
            lines.add(line);
        }
    }

    public long count(SkipReason reason) {
        return counts.get(reason)[0];
    }

    /** Returns the first line numbers of a reason, in file order, at most {@link #FIRST_LINES}. */
    public List<Long> firstLines(SkipReason reason) {
        return List.copyOf(firstLines.get(reason));
    }

    /** Returns the rows skipped for any reason. */
    public long total() {
        long total = 0;
        for (long[] count : counts.values()) {
            total += count[0];
        }
        return total;
    }

    /** Returns the rows skipped for the reasons that make a row invalid, so every reason but after_horizon. */
    public long invalid() {
        long invalid = 0;
        for (SkipReason reason : SkipReason.values()) {
            if (reason.isInvalid()) {
                invalid += count(reason);
            }
        }
        return invalid;
    }
}
