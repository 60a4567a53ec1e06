package dev.onramp.hiring;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A rejection at screening ({@value HiringProcess#TASK_RECORD_REJECTION}), a rejection at any time
 * ({@value HiringProcess#TASK_RECORD_REJECTION_ANY_TIME}) or a no-hire decision
 * ({@value HiringProcess#TASK_RECORD_NO_HIRE}): the application ends REJECTED, or NOT_HIRED for the decision.
 */
@Component(HiringProcess.BEAN_RECORD_REJECTION)
class RecordRejection implements JavaDelegate {

    private final ApplicationOutcomes outcomes;

    RecordRejection(ApplicationOutcomes outcomes) {
        this.outcomes = outcomes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        outcomes.end(execution, HiringProcess.TASK_RECORD_NO_HIRE.equals(execution.getCurrentActivityId())
                ? Application.Status.NOT_HIRED : Application.Status.REJECTED);
    }
}
