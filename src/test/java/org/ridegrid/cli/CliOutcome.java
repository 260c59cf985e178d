package org.ridegrid.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Exit code, standard output and standard error of one command line, run in this JVM for tests. */
record CliOutcome(int code, String out, String err) {

    static CliOutcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = RideGridCli.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new CliOutcome(code, out.toString(), err.toString());
    }
}
