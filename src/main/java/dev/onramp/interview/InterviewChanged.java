package dev.onramp.interview;

import java.time.Instant;

/**
 * An interview was added, or its status, its times or its panel changed: published by {@link InterviewRepository} in
 * the transaction that wrote it, so a listener with {@code @EventListener} acts in that same transaction (the reports'
 * daily figures mark the days it touched). {@code previousStartsAt} and {@code previousEndsAt} are the times it had
 * before a move; null when its times did not change.
 */
public record InterviewChanged(long interviewId, Instant previousStartsAt, Instant previousEndsAt) {

    public InterviewChanged(long interviewId) {
        this(interviewId, null, null);
    }
}
