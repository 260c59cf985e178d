package org.ridegrid.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.ridegrid.output.ScenarioRun;

/**
 * The files of one run folder that every report reads: scenario.yaml, summary.json and hourly.csv.
 *
 * @param label the name the run has in a report, by default its folder name
 */
record RunData(String label, Path folder, ScenarioInfo scenario, RunSummary summary, HourlyTable hourly,
        Optional<List<Economics>> economics) {

    /** Reads a run folder, checking first that it is one. */
    static RunData read(Path folder, String label) throws ReportInputException {
        if (!Files.exists(folder)) {
            throw new ReportInputException("run folder " + folder + " does not exist. Give the folder that `run` printed, or run the scenario first.");
        }
        if (!Files.isDirectory(folder)) {
            throw new ReportInputException(folder + " is a file, not a run folder.");
        }
        for (String name : List.of(ScenarioRun.SUMMARY_FILE, ScenarioRun.HOURLY_FILE, ScenarioRun.SCENARIO_FILE)) {
            if (!Files.isRegularFile(folder.resolve(name))) {
                throw new ReportInputException(folder + " is not a run folder: " + folder.resolve(name)
                        + " is missing. Give a folder written by `ridegrid run`.");
            }
        }
        ScenarioInfo scenario = ScenarioInfo.read(folder.resolve(ScenarioRun.SCENARIO_FILE));
        RunSummary summary = RunSummary.read(folder.resolve(ScenarioRun.SUMMARY_FILE));
        HourlyTable hourly = HourlyTable.read(folder.resolve(ScenarioRun.HOURLY_FILE));
        for (String fleet : hourly.fleets()) {
            summary.fleet(fleet);
        }
        return new RunData(label, folder, scenario, summary, hourly, Economics.read(summary));
    }

    List<String> fleets() {
        return hourly.fleets();
    }

    int days() {
        return scenario.days();
    }
}
