package org.ridegrid.output;

import java.io.IOException;
import java.io.Writer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The CSV dialect of every output file: comma-separated, a header row, "\n" line ends. */
final class Csv {
    static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    private Csv() {
    }

    static CSVPrinter printer(Writer writer, String... header) throws IOException {
        CSVPrinter printer = new CSVPrinter(writer, FORMAT);
        printer.printRecord((Object[]) header);
        return printer;
    }

    static String number(double value) {
        return Numbers.format(value, 4);
    }
}
