package dev.onramp.onboarding;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_AssignCohort}: asks the X-School feature for a seat (port {@link CohortAssignments}) and keeps
 * the answer as ids, a flag and dates.
 */
@Component(OnboardingProcess.BEAN_ASSIGN_COHORT)
class AssignCohort implements JavaDelegate {

    private final CohortAssignments assignments;

    AssignCohort(CohortAssignments assignments) {
        this.assignments = assignments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long newHireId = (Long) execution.getVariable(OnboardingProcess.VAR_NEW_HIRE_ID);
        Date start = (Date) execution.getVariable(OnboardingProcess.VAR_START_DATE);
        LocalDate startDate = LocalDate.ofInstant(start.toInstant(), ZoneOffset.UTC);
        CohortPlacement placement = assignments.place(newHireId, startDate);
        execution.setVariable(OnboardingProcess.VAR_COHORT_ID, placement.cohortId());
        execution.setVariable(OnboardingProcess.VAR_COHORT_START, OnboardingProcess.day(placement.cohortStart()));
        execution.setVariable(OnboardingProcess.VAR_NEEDS_VISA, placement.needsVisa());
        execution.setVariable(OnboardingProcess.VAR_TRAVEL_DUE, placement.travelDue());
        execution.setVariable(OnboardingProcess.VAR_VISA_DUE, placement.visaDue());
    }
}
