package dev.onramp.reports;

import java.util.List;
import java.util.Locale;

/** The arithmetic of reports: percentiles, shares and how a figure is written in a table and a CSV. */
final class Figures {

    private static final double DAY_MILLIS = 24 * 60 * 60 * 1000.0;

    private Figures() {
    }

    /**
     * The {@code p}-th percentile (0..1) of sorted values, interpolated linearly between the two nearest ranks (as
     * SQL's {@code PERCENTILE_CONT} does); null for no values.
     */
    static Double percentile(List<Double> sorted, double p) {
        if (sorted.isEmpty()) {
            return null;
        }
        double position = p * (sorted.size() - 1);
        int lower = (int) Math.floor(position);
        int upper = (int) Math.ceil(position);
        return sorted.get(lower) + (position - lower) * (sorted.get(upper) - sorted.get(lower));
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
