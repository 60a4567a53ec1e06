package dev.onramp.hiring;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The candidate withdrew: the application ends WITHDRAWN at the stage it was in. */
@Component(HiringProcess.BEAN_RECORD_WITHDRAWAL)
class RecordWithdrawal implements JavaDelegate {

    private final ApplicationOutcomes outcomes;

    RecordWithdrawal(ApplicationOutcomes outcomes) {
        this.outcomes = outcomes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        outcomes.end(execution, Application.Status.WITHDRAWN);
    }
}
