package dev.onramp.interview;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The schedule form: the panel (person ids) and the time, either a proposed slot ({@code slot} holds its
 * start as an ISO instant) or {@link #OTHER} with a local date-time read in {@code otherZone}.
 */
record ScheduleForm(List<Long> interviewers, String slot,
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime otherStart,
                    String otherZone) {

    static final String OTHER = "other";

    ScheduleForm {
        interviewers = interviewers == null ? List.of() : interviewers.stream().filter(Objects::nonNull).distinct().toList();
    }

    boolean otherTime() {
        return OTHER.equals(slot);
    }
}
