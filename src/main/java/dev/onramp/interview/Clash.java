package dev.onramp.interview;

import java.time.Instant;

/**
 * An interview already booked that a new time would overlap (within the buffer): who is booked (an interviewer's
 * name, or the candidate's with {@code candidate} true) and when.
 */
record Clash(String who, boolean candidate, long interviewId, Instant start, Instant end) {
}
