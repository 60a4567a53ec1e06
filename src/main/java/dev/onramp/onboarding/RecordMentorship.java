package dev.onramp.onboarding;

import dev.onramp.people.PersonRepository;
import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_RecordMentorship}: the mentor accepted; the mentorship is active from now. */
@Component(OnboardingProcess.BEAN_RECORD_MENTORSHIP)
class RecordMentorship implements JavaDelegate {

    private final MentoringRepository mentoring;
    private final PersonRepository people;
    private final Clock clock;

    RecordMentorship(MentoringRepository mentoring, PersonRepository people, Clock clock) {
        this.mentoring = mentoring;
        this.people = people;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long newHireId = (Long) execution.getVariable(OnboardingProcess.VAR_NEW_HIRE_ID);
        String mentor = (String) execution.getVariable(OnboardingProcess.VAR_MENTOR);
        long mentorId = people.findByUsername(mentor)
                .orElseThrow(() -> new IllegalStateException("mentor " + mentor + " is not a person")).id();
        mentoring.startMentorship(newHireId, mentorId, clock.instant());
    }
}
