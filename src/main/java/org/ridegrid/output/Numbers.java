package org.ridegrid.output;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Plain decimal formatting for output files: no exponent, no locale, NaN and infinity as empty. */
public final class Numbers {
    /** Scaled values from here on would not fit a long, so they take the slower exact path. */
    private static final double LONG_LIMIT = 9e18;
    private static final long[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};

    private Numbers() {
    }

    /** Rounds half away from zero to {@code decimals} places, which must be 0 to 6. */
    public static double round(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return value;
        }
        if (Math.abs(value) * POWERS[decimals] >= LONG_LIMIT) {
            return exact(value, decimals).doubleValue();
        }
        return Math.signum(value) * Math.round(Math.abs(value) * POWERS[decimals]) / (double) POWERS[decimals];
    }

    private static BigDecimal exact(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    /** Formats with at most {@code decimals} places and no trailing zeros; "" for NaN or infinity. */
    public static String format(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return "";
        }
        if (Math.abs(value) * POWERS[decimals] >= LONG_LIMIT) {
            return exact(value, decimals).toPlainString();
        }
        long scaled = Math.round(Math.abs(value) * POWERS[decimals]);
        long whole = scaled / POWERS[decimals];
        long fraction = scaled % POWERS[decimals];
        StringBuilder text = new StringBuilder(24);
        if (value < 0 && scaled != 0) {
            text.append('-');
        }
        text.append(whole);
        if (fraction != 0) {
            String digits = Long.toString(fraction + POWERS[decimals]).substring(1);
            int end = digits.length();
            while (digits.charAt(end - 1) == '0') {
                end--;
            }
            text.append('.').append(digits, 0, end);
        }
        return text.toString();
    }
}
