package org.ridegrid.output;

import java.io.FilterWriter;
import java.io.Writer;

/** Passes writes through but ignores close, so a library cannot close a writer it does not own. */
final class NonClosingWriter extends FilterWriter {
    NonClosingWriter(Writer out) {
        super(out);
    }

    @Override
    public void close() {
        // The owner of the underlying writer closes it.
    }
}
