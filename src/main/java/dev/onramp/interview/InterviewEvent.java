package dev.onramp.interview;

import java.time.Instant;
import java.util.Locale;

/**
 * Something that happened to a booked interview, kept in {@code interview_event}: held early, rescheduled (with the
 * times before and after), cancelled, or a no-show (of whom). {@code reason} is what the recruiter typed.
 */
public record InterviewEvent(long interviewId, Kind kind, String reason, NoShowOf noShowOf, Instant previousStartsAt,
                             Instant previousEndsAt, Instant startsAt, Instant endsAt, long recordedBy,
                             Instant recordedAt) {

    public enum Kind {
        HELD, RESCHEDULED, CANCELLED, NO_SHOW;

        public String messageKey() {
            return "interview.event." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** Who did not come. */
    public enum NoShowOf {
        CANDIDATE, INTERVIEWER;

        public String messageKey() {
            return "interview.noShowOf." + name().toLowerCase(Locale.ROOT);
        }
    }
}
