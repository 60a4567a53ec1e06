package dev.onramp.decision;

import dev.onramp.audit.AuditActions;
import dev.onramp.audit.AuditLog;
import dev.onramp.decision.VoteRule.VoteOutcome;
import dev.onramp.feedback.VoteTally.Tally;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.variable.value.IntegerValue;
import org.camunda.bpm.engine.variable.value.LongValue;
import org.springframework.stereotype.Component;

/**
 * Ends {@link DecideAndOffer#TASK_APPLY_VOTING_RULE} (an execution listener, in the engine's transaction): the
 * outcome of {@link VoteRule} and the counts it saw become a decision row, decided by the team's rule (so nobody),
 * with the row that fired as its rule.
 */
@Component(DecideAndOffer.BEAN_RECORD_VOTE_DECISION)
class RecordVoteDecision implements ExecutionListener {

    private final DecisionRecordRepository decisions;
    private final Clock clock;
    private final AuditLog audit;

    RecordVoteDecision(DecisionRecordRepository decisions, Clock clock, AuditLog audit) {
        this.decisions = decisions;
        this.clock = clock;
        this.audit = audit;
    }

    @Override
    public void notify(DelegateExecution execution) {
        LongValue applicationId = execution.getVariableTyped(DecideAndOffer.VAR_APPLICATION_ID);
        DmnDecisionResult result = (DmnDecisionResult) execution.getVariableLocal(DecideAndOffer.VAR_DECISION_RESULT);
        Map<String, Object> row = result == null ? null : result.getSingleResult();
        VoteOutcome outcome = VoteRule.outcomeOf(row);
        Tally tally = new Tally(count(execution, VoteRule.INPUT_PLUS_ONES), count(execution, VoteRule.INPUT_ZEROS),
                count(execution, VoteRule.INPUT_MINUS_ONES), List.of());
        long id = decisions.insert(applicationId.getValue(), outcome.outcome().name(), outcome.rule(), null,
                tally.summary(), tally, clock.instant());
        audit.record(AuditActions.DECISION_RECORDED, AuditLog.SYSTEM, AuditActions.APPLICATION, applicationId.getValue(),
                "decisionRecord=" + id + " outcome=" + outcome.outcome().name() + " rule=" + outcome.rule()
                        + " votes=" + tally.summary());
    }

    private static int count(DelegateExecution execution, String input) {
        IntegerValue count = execution.getVariableLocalTyped(input);
        return count.getValue();
    }
}
