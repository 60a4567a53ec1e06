package dev.onramp.interview;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Objects;

/**
 * The schedule form: the panel (person ids) and the time, either a proposed slot ({@code slot} holds its
 * start as an ISO instant) or {@link #OTHER} with a local date-time as a {@code datetime-local} input sends it
 * ({@code 2030-03-04T14:30}), read in {@code otherZone}. It stays text so that what was typed is shown again.
 * {@code location} and {@code videoLink} (both optional) say where it takes place, see {@link Venue}.
 */
record ScheduleForm(List<Long> interviewers, String slot, String otherStart, String otherZone, String location,
                    String videoLink) {

    static final String OTHER = "other";

    ScheduleForm {
        interviewers = interviewers == null ? List.of() : interviewers.stream().filter(Objects::nonNull).distinct().toList();
    }

    ScheduleForm(List<Long> interviewers, String slot, String otherStart, String otherZone) {
        this(interviewers, slot, otherStart, otherZone, null, null);
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
