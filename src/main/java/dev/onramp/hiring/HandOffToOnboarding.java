package dev.onramp.hiring;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** The decision was to hire: the application ends HIRED and onboarding hears of it ({@link CandidateHired}). */
@Component(HiringProcess.BEAN_HAND_OFF_TO_ONBOARDING)
class HandOffToOnboarding implements JavaDelegate {

    private final ApplicationOutcomes outcomes;
    private final ApplicationRepository applications;
    private final ApplicationEventPublisher events;

    HandOffToOnboarding(ApplicationOutcomes outcomes, ApplicationRepository applications,
                        ApplicationEventPublisher events) {
        this.outcomes = outcomes;
        this.applications = applications;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (outcomes.end(execution, Application.Status.HIRED)) {
            Application application = applications.get(ApplicationOutcomes.applicationId(execution));
            events.publishEvent(new CandidateHired(application.id(), application.requisitionId()));
        }
    }
}
