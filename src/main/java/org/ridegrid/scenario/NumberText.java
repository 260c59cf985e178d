package org.ridegrid.scenario;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Formats numbers the same way in effective YAML, messages and docs. */
final class NumberText {
    private NumberText() {
    }

    /**
     * Formats a finite double as the shortest plain decimal that {@link Double#toString} gives,
     * without exponent or trailing zeros, so that parsing the text returns the same double.
     */
    static String format(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** Formats a list of numbers in YAML flow style: {@code [1, 0.5, 2]}. */
    static String formatList(double[] values) {
        return Arrays.stream(values).mapToObj(NumberText::format).collect(Collectors.joining(", ", "[", "]"));
    }
}
