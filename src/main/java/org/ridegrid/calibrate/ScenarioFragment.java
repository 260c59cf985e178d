package org.ridegrid.calibrate;

import java.nio.file.Path;

/**
 * A YAML fragment that puts a calibration into a scenario: the demand keys to paste into the
 * scenario's demand section, and the lent-car departure quantiles as a comment. Table paths are
 * relative to the parent of the calibration folder, because the scenario file is expected there,
 * as cities/austin.yaml is beside cities/austin/.
 */
final class ScenarioFragment {
    private ScenarioFragment() {
    }

    static String text(CityCalibration calibration, Path folder, String command) {
        String tables = folder.getFileName() + "/";
        TripLengthFit.Result fit = calibration.tripLength();
        StringBuilder yaml = new StringBuilder();
        yaml.append("# Demand keys derived by: ").append(command).append('\n');
        yaml.append("# Paste them into a scenario file in the folder that contains ").append(tables).append('\n');
        yaml.append("demand:\n");
        yaml.append("  hourly_profile:\n");
        yaml.append("    weekday: ").append(TableText.list(calibration.weekday().shares())).append('\n');
        yaml.append("    weekend: ").append(TableText.list(calibration.weekend().shares())).append('\n');
        yaml.append("  day_of_week_factors: ").append(TableText.list(calibration.days().factors())).append('\n');
        yaml.append("  origin_weights_file: ").append(tables).append(CalibrationFiles.ORIGINS).append('\n');
        yaml.append("  destination_weights_file: ").append(tables).append(CalibrationFiles.DESTINATIONS).append('\n');
        yaml.append("  trip_length:\n");
        if (fit.useEmpirical()) {
            yaml.append("    distribution: empirical\n");
            yaml.append("    table_file: ").append(tables).append(CalibrationFiles.TRIP_LENGTH).append('\n');
        } else {
            yaml.append("    distribution: lognormal\n");
            yaml.append("    mean_miles: ").append(TableText.number(fit.meanMiles())).append('\n');
            yaml.append("    sd_miles: ").append(TableText.number(fit.sdMiles())).append('\n');
        }
        CommuteDepartures.Result departures = calibration.departures();
        yaml.append("# Lent cars' owners, under fleets[].lent:\n");
        yaml.append("#   departure_quantile_shares: ").append(TableText.list(departures.shares())).append('\n');
        yaml.append("#   departure_quantile_hours: ").append(TableText.list(departures.hours())).append('\n');
        return yaml.toString();
    }
}
