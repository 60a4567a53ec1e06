package dev.onramp.interview;

/** A live interview was booked (by a recruiter, or by whatever else books through {@link InterviewScheduling#schedule}): the panel and the candidate get its invite. Published inside the booking's transaction. */
public record InterviewBooked(long interviewId) {
}
