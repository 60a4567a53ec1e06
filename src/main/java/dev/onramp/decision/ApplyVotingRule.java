package dev.onramp.decision;

import dev.onramp.decision.VoteRule.VoteOutcome;
import java.time.Clock;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.value.LongValue;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ApplyVotingRule}: the team's {@link VoteRule} on the application's votes, recorded as a decision
 * (decided by the rule, so nobody) and returned to the process as {@link DecideAndOffer#VAR_VOTE_OUTCOME}.
 */
@Component(DecideAndOffer.BEAN_APPLY_VOTING_RULE)
class ApplyVotingRule implements JavaDelegate {

    private final VoteTally votes;
    private final DecisionRecordRepository decisions;
    private final DecisionService decisionService;
    private final Clock clock;

    ApplyVotingRule(VoteTally votes, DecisionRecordRepository decisions, DecisionService decisionService, Clock clock) {
        this.votes = votes;
        this.decisions = decisions;
        this.decisionService = decisionService;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LongValue applicationId = execution.getVariableTyped(DecideAndOffer.VAR_APPLICATION_ID);
        StringValue team = execution.getVariableTyped(DecideAndOffer.VAR_TEAM);
        VoteOutcome outcome = decide(applicationId.getValue(), team.getValue());
        execution.setVariable(DecideAndOffer.VAR_VOTE_OUTCOME, outcome.outcome().name());
    }

    /** Evaluates and records; runs in the engine's transaction when called by the process. */
    VoteOutcome decide(long applicationId, String team) {
        VoteTally.Tally tally = votes.tally(applicationId);
        VoteOutcome outcome = VoteRule.evaluate(decisionService, team, tally.plusOnes(), tally.zeros(), tally.minusOnes());
        decisions.insert(applicationId, outcome.outcome().name(), outcome.rule(), null, tally.summary(), tally,
                clock.instant());
        return outcome;
    }
}
