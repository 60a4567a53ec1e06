package dev.onramp.onboarding;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.value.LongValue;
import org.springframework.stereotype.Component;

/**
 * {@code Task_EndMentorship}: the day-90 check-in is done, so the mentorship ends and the mentor has room for another
 * mentee. Ending one that has ended already (a retried job) changes nothing.
 */
@Component(OnboardingProcess.BEAN_END_MENTORSHIP)
class EndMentorship implements JavaDelegate {

    private final MentoringRepository mentoring;
    private final Clock clock;

    EndMentorship(MentoringRepository mentoring, Clock clock) {
        this.mentoring = mentoring;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LongValue newHireId = execution.getVariableTyped(OnboardingProcess.VAR_NEW_HIRE_ID);
        mentoring.endMentorship(newHireId.getValue(), clock.instant());
    }
}
