package dev.onramp.reports;

import java.util.Locale;

/** The arithmetic of reports: shares and how a figure is written in a table and a CSV. */
final class Figures {

    private static final double DAY_MILLIS = 24 * 60 * 60 * 1000.0;

    private Figures() {
    }

    /** {@code part} of {@code whole} in percent; null when the whole is zero. */
    static Double percent(long part, long whole) {
        return whole == 0 ? null : 100.0 * part / whole;
    }

    static Double days(double millis) {
        return millis / DAY_MILLIS;
    }

    /** One decimal, a point as separator; empty for no figure. */
    static String format(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.1f", value);
    }

    static String format(long value) {
        return Long.toString(value);
    }

    /** A figure for a chart: rounded to one decimal; 0 for none. */
    static double chart(Double value) {
        return value == null ? 0 : Math.round(value * 10) / 10.0;
    }
}
