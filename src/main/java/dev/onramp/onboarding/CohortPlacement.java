package dev.onramp.onboarding;

import java.time.LocalDate;
import java.util.Date;
import java.util.Objects;

/** Where a new hire goes to X-School, and when travel (and, with a visa, the visa letter) is due. */
public record CohortPlacement(long cohortId, LocalDate cohortStart, boolean needsVisa, Date travelDue, Date visaDue) {

    public CohortPlacement {
        Objects.requireNonNull(cohortStart, "cohortStart");
        Objects.requireNonNull(travelDue, "travelDue");
        if (needsVisa) {
            Objects.requireNonNull(visaDue, "visaDue is required when a visa is needed");
        }
    }
}
