package dev.onramp.interview;

/** A booked interview was cancelled (by a recruiter, or because its application ended); its invite's SEQUENCE was raised. Published inside the change's transaction. */
public record InterviewCancelled(long interviewId) {
}
