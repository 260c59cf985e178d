package org.ridegrid.cli;

import java.io.PrintWriter;
import java.util.Locale;

import org.ridegrid.calibrate.CalibrationInputs;
import org.ridegrid.calibrate.CityCalibration;
import org.ridegrid.calibrate.TripLengthFit;

/** Prints the headline numbers of a calibration. */
final class CalibrationSummary {
    private CalibrationSummary() {
    }

    static void print(PrintWriter out, CityCalibration calibration, CalibrationInputs inputs) {
        out.printf(Locale.ROOT, "Weekday profile: %d trips, %s%n", calibration.weekday().trips(), calibration.weekday().dateRange());
        out.printf(Locale.ROOT, "Weekend profile: %d pickups, %s%n", calibration.weekend().trips(), calibration.weekend().dateRange());
        double[] factors = calibration.days().factors();
        out.printf(Locale.ROOT, "Day-of-week factors (Monday first, %d dates):", calibration.days().dates());
        for (double factor : factors) {
            out.printf(Locale.ROOT, " %.3f", factor);
        }
        out.println();
        TripLengthFit.Result fit = calibration.tripLength();
        out.printf(Locale.ROOT, "Trip length: %d trips, lognormal mu %.4f sigma %.4f (mean %.2f, sd %.2f miles),"
                + " Kolmogorov-Smirnov statistic %.4f, p-value %.3g against significance level %.3g: %s%n",
                fit.trips(), fit.mu(), fit.sigma(), fit.meanMiles(), fit.sdMiles(), fit.ksStatistic(), fit.pValue(), fit.alpha(),
                fit.useEmpirical() ? "poor fit, use the empirical table" : "the lognormal fits");
        var spatial = calibration.spatial();
        out.printf(Locale.ROOT, "Spatial weights: %d trips, %d pickups and %d drop-offs outside the %d x %d grid%n",
                spatial.trips(), spatial.originsOutside(), spatial.destinationsOutside(),
                inputs.frame().width(), inputs.frame().height());
        var departures = calibration.departures();
        out.printf(Locale.ROOT, "Commute departures: %d trips to work;", departures.trips());
        double[] shares = departures.shares();
        double[] hours = departures.hours();
        for (int i = 0; i < shares.length; i++) {
            out.printf(Locale.ROOT, " %.2f at %.2f h", shares[i], hours[i]);
        }
        out.println();
    }
}
