package org.ridegrid.replay;

/**
 * A trip file or zone file that cannot be replayed: the message names the file and, where there is
 * one, the line, column and value. It is unchecked because the model's schedule pulls rows, and a
 * row read there cannot throw a checked exception through MASON's {@code Steppable}.
 */
public final class TripFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TripFileException(String message) {
        super(message);
    }

    public TripFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
