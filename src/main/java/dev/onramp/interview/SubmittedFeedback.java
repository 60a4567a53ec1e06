package dev.onramp.interview;

import dev.onramp.people.OnrampUser;
import java.util.Optional;

/**
 * Whether an interviewer has submitted their feedback on an interview, for the links on My interviews. The feedback
 * feature answers; without it, nobody has submitted anything.
 */
public interface SubmittedFeedback {

    /** My submitted feedback on an interview. */
    Optional<Long> mySubmittedFeedbackId(long interviewId, OnrampUser me);

    /** Whether anyone on the panel has submitted feedback on the interview (then it can no longer be moved). */
    default boolean anySubmitted(long interviewId) {
        return false;
    }
}
