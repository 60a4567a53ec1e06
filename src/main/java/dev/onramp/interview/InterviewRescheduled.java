package dev.onramp.interview;

/** A booked interview moved to a new time; its invite's SEQUENCE was raised. Published inside the change's transaction. */
public record InterviewRescheduled(long interviewId) {
}
