package dev.onramp.mentor;

import dev.onramp.people.WorkingHours;
import java.time.LocalDate;
import java.util.Objects;

/** The mentee as matching sees them: who they are, their team and manager, their hours and start date. */
public record NewHire(long personId, Long teamId, Long managerId, WorkingHours hours, LocalDate startDate) {

    public NewHire {
        Objects.requireNonNull(hours, "hours");
        Objects.requireNonNull(startDate, "startDate");
    }
}
