package dev.onramp.interview;

import dev.onramp.interview.InterviewEvent.NoShowOf;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The forms of an interview's life. Each carries {@code sequence}, the invite SEQUENCE of the interview as the form
 * showed it: a submit after someone else changed the interview (or a second submit of the same form) is refused.
 */
final class LifecycleForms {

    private LifecycleForms() {
    }

    /**
     * A new time: a fresh proposal ({@code slot}, its start as an ISO instant) or {@link ScheduleForm#OTHER} with a
     * local date-time read in {@code otherZone}; and why. {@code bookAnyway} confirms a time that clashes with
     * interviews already booked or falls outside someone's working hours.
     */
    record RescheduleForm(String slot, String otherStart, String otherZone, String reason, Integer sequence,
                          Boolean bookAnyway) {

        /** The recruiter confirmed a time that clashes or falls outside someone's hours. */
        boolean confirmed() {
            return Boolean.TRUE.equals(bookAnyway);
        }

        boolean otherTime() {
            return ScheduleForm.OTHER.equals(slot);
        }

        Optional<LocalDateTime> otherLocalStart() {
            if (otherStart == null || otherStart.isBlank()) {
                return Optional.empty();
            }
            try {
                return Optional.of(LocalDateTime.parse(otherStart.strip()));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
    }

    /** Why the interview is called off. */
    record CancelForm(String reason, Integer sequence) {
    }

    /** Who did not come, why (what is known), and whether to schedule the stage again or end it. */
    record NoShowForm(NoShowOf who, String then, String reason, Integer sequence) {

        static final String RESCHEDULE = InterviewStage.NO_SHOW_RESCHEDULE;
        static final String END = InterviewStage.NO_SHOW_END;
    }
}
