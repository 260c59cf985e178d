package org.ridegrid.report;

import java.util.List;

/** Small helpers for the self-contained report pages: escaping, a style sheet, tables and figures. */
final class Html {
    static final String STYLE = """
            body { font-family: sans-serif; margin: 2em auto; padding: 0 1em; max-width: 1200px; color: #222; }
            h1 { margin-bottom: 0.2em; }
            table { border-collapse: collapse; margin: 1em 0; }
            th, td { border: 1px solid #ccc; padding: 4px 10px; text-align: right; }
            th:first-child, td:first-child { text-align: left; }
            thead th { background: #f0f0f0; }
            figure { margin: 2em 0; }
            figure img { box-sizing: border-box; width: 100%; max-width: 1200px; height: auto; border: 1px solid #ddd; }
            figcaption { margin-top: 0.4em; }
            .note { background: #fff4d6; border-left: 4px solid #e0a800; padding: 0.5em 1em; }
            """;

    private Html() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static void begin(StringBuilder page, String title) {
        page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(title)).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<h1>").append(escape(title)).append("</h1>\n");
    }

    static void end(StringBuilder page) {
        page.append("</body>\n</html>\n");
    }

    static void heading(StringBuilder page, String text) {
        page.append("<h2>").append(escape(text)).append("</h2>\n");
    }

    static void paragraph(StringBuilder page, String text, String cssClass) {
        page.append(cssClass == null ? "<p>" : "<p class=\"" + cssClass + "\">").append(escape(text)).append("</p>\n");
    }

    /** Appends a table with a header row; the first column of every row is its label. */
    static void table(StringBuilder page, List<String> header, List<List<String>> rows) {
        page.append("<table>\n<thead><tr>");
        for (String cell : header) {
            page.append("<th>").append(escape(cell)).append("</th>");
        }
        page.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            page.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                String tag = i == 0 ? "th" : "td";
                page.append('<').append(tag).append('>').append(escape(row.get(i))).append("</").append(tag).append('>');
            }
            page.append("</tr>\n");
        }
        page.append("</tbody>\n</table>\n");
    }

    /** Appends a chart image, referenced relative to the page, with its caption. */
    static void figure(StringBuilder page, String folder, ReportChart chart) {
        String png = folder + "/" + ChartFiles.pngName(chart);
        page.append("<figure>\n<img src=\"").append(escape(png)).append("\" width=\"1200\" height=\"800\" alt=\"")
                .append(escape(chart.chart().getTitle().getText())).append("\">\n<figcaption>")
                .append(escape(chart.caption())).append("</figcaption>\n</figure>\n");
    }
}
