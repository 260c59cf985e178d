package org.ridegrid.report;

import org.jfree.chart.JFreeChart;

/**
 * One chart of a report: the file stem under charts/ (".png" is added), the chart and
 * the one-line caption that tells the reader what to look for.
 */
record ReportChart(String fileStem, JFreeChart chart, String caption) {
}
