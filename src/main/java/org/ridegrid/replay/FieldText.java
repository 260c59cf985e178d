package org.ridegrid.replay;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Reads the numbers and times of trip file fields. Each method returns NaN for text it cannot read. */
final class FieldText {
    private FieldText() {
    }

    /** Returns true when the text looks like a date and time rather than a number: it has a colon. */
    static boolean isDateTime(String text) {
        return text.indexOf(':') >= 0;
    }

    /** Reads a decimal number such as {@code -97.747} or {@code 1e3}; NaN, infinities and hex are invalid. */
    static double number(String text) {
        if (text.isEmpty()) {
            return Double.NaN;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E';
            if (!allowed) {
                return Double.NaN;
            }
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /**
     * Reads an ISO 8601 date and time, with a {@code T} or a space between date and time, and returns
     * its seconds since 1970-01-01 00:00 on the same clock. An offset or zone after the time is read
     * and ignored, so the time stays as written.
     */
    static double wallClockSeconds(String text) {
        String iso = text.length() > 10 && text.charAt(10) == ' '
                ? text.substring(0, 10) + 'T' + text.substring(11)
                : text;
        try {
            LocalDateTime time = LocalDateTime.parse(iso, DateTimeFormatter.ISO_DATE_TIME);
            return time.toEpochSecond(ZoneOffset.UTC) + time.getNano() / 1e9;
        } catch (DateTimeParseException e) {
            return Double.NaN;
        }
    }

    /** Reads whole seconds since 1970-01-01 00:00 on the local clock, as the Chicago data portal writes them. */
    static double epochSeconds(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!((c >= '0' && c <= '9') || (i == 0 && c == '-'))) {
                return Double.NaN;
            }
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
