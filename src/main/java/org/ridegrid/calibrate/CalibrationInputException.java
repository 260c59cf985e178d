package org.ridegrid.calibrate;

/**
 * Invalid calibration input: a data file that is missing, lacks a column or contains a value that
 * cannot be used. The message names the file and, for a value, its line, column and the value.
 */
public final class CalibrationInputException extends Exception {
    private static final long serialVersionUID = 1L;

    public CalibrationInputException(String message) {
        super(message);
    }
}
