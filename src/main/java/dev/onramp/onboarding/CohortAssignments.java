package dev.onramp.onboarding;

/**
 * The X-School seat of a new hire: the X-School feature implements this port (the first cohort at least
 * the lead time after the start date that still has a seat). Onboarding only calls it, from
 * {@code Task_AssignCohort}; without an implementation that job fails and retries (an incident in Cockpit).
 */
public interface CohortAssignments {

    CohortPlacement place(long personId, java.time.LocalDate startDate);
}
