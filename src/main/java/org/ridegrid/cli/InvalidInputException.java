package org.ridegrid.cli;

/** Bad input found by a command (an output folder in use, say): reported in one line, exit code 2. */
final class InvalidInputException extends Exception {
    private static final long serialVersionUID = 1L;

    InvalidInputException(String message) {
        super(message);
    }
}
