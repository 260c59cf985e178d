package org.ridegrid.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.ridegrid.output.RunFolder;
import org.ridegrid.report.ComparisonReport;
import org.ridegrid.report.ReportInputException;
import org.ridegrid.report.RunReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Writes the charts and report page of one run folder, or compares several. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Writes charts (PNG, 1200 x 800 pixels) and report.html for a run folder, drawn from its"
                + " CSV and JSON files. With two or more run folders, writes a comparison of them into --out.",
            "Open report.html in any web browser; it needs no server or network."})
final class ReportCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "RUN_DIR",
            description = "Run folder written by `ridegrid run`, containing at least scenario.yaml, summary.json and hourly.csv.")
    List<Path> runFolders;

    @Option(names = "--out", paramLabel = "DIR",
            description = {"Folder for report.html and charts/. It must not exist or be empty, so nothing is overwritten.",
                "Default for one run: the run folder itself, where an earlier report is replaced. Required for a comparison."})
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (out != null) {
            checkOutFolder(out);
        } else if (runFolders.size() > 1) {
            throw new InvalidInputException("a comparison of " + runFolders.size() + " runs needs --out DIR, a new or"
                    + " empty folder for its report.");
        }
        Path page;
        try {
            if (runFolders.size() == 1) {
                Path folder = runFolders.get(0);
                page = RunReport.write(folder, out == null ? folder : Files.createDirectories(out));
            } else {
                page = ComparisonReport.write(runFolders, Files.createDirectories(out));
            }
        } catch (ReportInputException e) {
            throw new InvalidInputException(e.getMessage());
        }
        spec.commandLine().getOut().println("Report: " + page);
        return 0;
    }

    private static void checkOutFolder(Path folder) throws IOException, InvalidInputException {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new InvalidInputException("--out " + folder + " is a file, not a folder. Choose a new folder name.");
        }
        if (RunFolder.isNonEmpty(folder)) {
            throw new InvalidInputException("--out " + folder + " already contains files, and a report never overwrites"
                    + " them. Choose a new or empty folder.");
        }
    }
}
