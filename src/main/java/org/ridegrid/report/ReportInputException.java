package org.ridegrid.report;

/**
 * Invalid input to a report: a run folder that is missing, incomplete or contains a malformed file.
 * The message names the file, and the line where one applies.
 */
public final class ReportInputException extends Exception {
    private static final long serialVersionUID = 1L;

    public ReportInputException(String message) {
        super(message);
    }

    public ReportInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
