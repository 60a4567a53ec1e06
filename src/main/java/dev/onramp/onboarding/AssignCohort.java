package dev.onramp.onboarding;

import dev.onramp.people.PersonRepository;
import dev.onramp.xschool.Assignment;
import dev.onramp.xschool.XSchool;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_AssignCohort}: a seat on the first X-School cohort with room after the new hire's start date (as saved
 * on the person). The seat lives in X-School's table; the process keeps only the decision {@code needsVisa}. When no
 * cohort is scheduled the job fails and retries (an incident in Cockpit until a cohort exists).
 */
@Component(OnboardingProcess.BEAN_ASSIGN_COHORT)
class AssignCohort implements JavaDelegate {

    private final XSchool xschool;
    private final PersonRepository people;

    AssignCohort(XSchool xschool, PersonRepository people) {
        this.xschool = xschool;
        this.people = people;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long newHireId = (Long) execution.getVariable(OnboardingProcess.VAR_NEW_HIRE_ID);
        Assignment seat = xschool.assign(newHireId, people.get(newHireId).startedOn());
        execution.setVariable(OnboardingProcess.VAR_NEEDS_VISA, seat.needsVisa());
    }
}
