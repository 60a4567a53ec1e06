package dev.onramp.feedback;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One interviewer's feedback on one interview: a draft until submitted, read-only afterwards. {@code scores}
 * holds a rating (null while a draft leaves it open) and evidence per focus attribute slug.
 */
public record Feedback(long id, long interviewId, long applicationId, long interviewerId, Status status, Vote vote,
                       String voteReason, String noteForNext, Instant createdAt, Instant updatedAt,
                       Instant submittedAt, Map<String, Score> scores) {

    public enum Status {
        DRAFT, SUBMITTED
    }

    public Feedback {
        scores = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(scores));
    }

    public boolean isSubmitted() {
        return status == Status.SUBMITTED;
    }

    /** The rating of one attribute, with the evidence behind it (either may be null in a draft). */
    public record Score(Rating rating, String evidence) {
    }
}
