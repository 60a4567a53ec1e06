package dev.onramp.xschool;

import java.time.LocalDate;

/**
 * A person's X-School seat and what follows from it: the travel task is always due, the visa task
 * only when {@code needsVisa} ({@code visaTaskDue} is null otherwise). Dates are in the cohort's zone.
 */
public record Assignment(long cohortId, LocalDate cohortStart, boolean needsVisa, LocalDate travelTaskDue,
                         LocalDate visaTaskDue) {
}
