package dev.onramp.tasklist;

/**
 * A count that stops early, so that no page counts 100,000 rows per request: {@code value} is exact when
 * {@code capped} is false, else there are more than {@code value} (shown as 1,000+).
 */
public record CappedCount(long value, boolean capped) {

    static CappedCount of(long counted, int cap) {
        return counted > cap ? new CappedCount(cap, true) : new CappedCount(counted, false);
    }
}
