package dev.onramp.interview;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Objects;

/**
 * The schedule form: the panel (person ids) and the time, either a proposed slot ({@code slot} holds its
 * start as an ISO instant) or {@link #OTHER} with a local date-time as a {@code datetime-local} input sends it
 * ({@code 2030-03-04T14:30}), read in {@code otherZone}, or {@link #CANDIDATE}: the candidate chooses through a
 * link. It stays text so that what was typed is shown again. {@code bookAnyway} confirms a time that clashes with
 * interviews already booked. {@code location} and {@code videoLink} (both optional) say where it takes place, see
 * {@link Venue}.
 */
record ScheduleForm(List<Long> interviewers, String slot, String otherStart, String otherZone, Boolean bookAnyway,
                    String location, String videoLink) {

    static final String OTHER = "other";
    static final String CANDIDATE = "candidate";

    ScheduleForm {
        interviewers = interviewers == null ? List.of() : interviewers.stream().filter(Objects::nonNull).distinct().toList();
    }

    ScheduleForm(List<Long> interviewers, String slot, String otherStart, String otherZone) {
        this(interviewers, slot, otherStart, otherZone, false, null, null);
    }

    /** The recruiter confirmed a time that clashes with interviews already booked. */
    boolean confirmed() {
        return Boolean.TRUE.equals(bookAnyway);
    }

    /** The recruiter lets the candidate choose the time. */
    boolean candidateChooses() {
        return CANDIDATE.equals(slot);
    }

    /** The other start as a local date-time, or empty when blank or not a date-time. */
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

    boolean otherTime() {
        return OTHER.equals(slot);
    }
}
