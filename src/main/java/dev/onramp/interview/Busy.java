package dev.onramp.interview;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A time someone is already booked, {@code [start, end)}: another interview of the candidate or of an interviewer.
 * {@code interviewId} is that interview (0 when it is not one of ours).
 */
public record Busy(long interviewId, Instant start, Instant end) {

    public Busy {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    /** Whether {@code [from, to)} overlaps this time widened by {@code buffer} on both sides. */
    public boolean within(Duration buffer, Instant from, Instant to) {
        return from.isBefore(end.plus(buffer)) && start.minus(buffer).isBefore(to);
    }
}
