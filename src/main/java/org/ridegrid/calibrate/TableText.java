package org.ridegrid.calibrate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Text of a derived CSV table: comment lines that name the source, the command and the date range,
 * then a header and rows. Numbers are rounded to {@link #DIGITS} significant digits, so that the
 * same data always give the same bytes.
 */
final class TableText {
    static final int DIGITS = 6;

    private final List<String> lines = new ArrayList<>();

    /**
     * @param title what the table contains
     * @param source the data set and file it was derived from
     * @param dateRange the dates of the data
     * @param command the command line that wrote the table
     */
    TableText(String title, String source, String dateRange, String command) {
        lines.add("# " + title);
        lines.add("# Source: " + source);
        lines.add("# Date range: " + dateRange);
        lines.add("# Command: " + command);
    }

    TableText comment(String text) {
        lines.add("# " + text);
        return this;
    }

    TableText row(String... cells) {
        lines.add(String.join(",", cells));
        return this;
    }

    String text() {
        return String.join("\n", lines) + "\n";
    }

    /** Formats a number with at most {@link #DIGITS} significant digits and no exponent. */
    static String number(double value) {
        if (value == 0) {
            return "0";
        }
        return new BigDecimal(value).round(new MathContext(DIGITS)).stripTrailingZeros().toPlainString();
    }

    /** Formats numbers as a YAML flow list. */
    static String list(double[] values) {
        List<String> texts = new ArrayList<>();
        for (double value : values) {
            texts.add(number(value));
        }
        return "[" + String.join(", ", texts) + "]";
    }
}
