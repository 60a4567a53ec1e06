package dev.onramp.reports;

import java.util.List;

/**
 * One report as the page and its CSV show it: column headers (message keys), rows of cells already formatted
 * (numbers with {@code .} as decimal point, so the CSV reads the same everywhere), and the chart drawn above the table.
 */
record Report(String key, List<String> columns, List<List<String>> rows, Chart chart) {

    public String titleKey() {
        return "reports." + key + ".title";
    }

    public String hintKey() {
        return "reports." + key + ".hint";
    }

    /** A Chart.js chart: a type ({@code bar}, {@code line}), the labels along the axis, and one or more series. */
    record Chart(String type, List<String> labels, List<Series> series) {
    }

    /** A series of values; {@code label} is a message key when {@code labelIsKey}, else shown as it is (a name). */
    record Series(String label, boolean labelIsKey, List<Double> values) {
        static Series keyed(String messageKey, List<Double> values) {
            return new Series(messageKey, true, values);
        }

        static Series named(String name, List<Double> values) {
            return new Series(name, false, values);
        }
    }
}
