package dev.onramp.decision;

import dev.onramp.audit.AuditActions;
import dev.onramp.audit.AuditLog;
import dev.onramp.decision.DecideAndOffer.DebriefOutcome;
import dev.onramp.feedback.VoteTally;
import dev.onramp.people.OnrampUser;
import java.time.Clock;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The hiring manager's debrief: recorded as a decision with its rationale, then the process moves on. */
@Service
class Debriefs {

    private final DecideAndOfferTasks tasks;
    private final VoteTally votes;
    private final DecisionRecordRepository decisions;
    private final Clock clock;
    private final AuditLog audit;

    Debriefs(DecideAndOfferTasks tasks, VoteTally votes, DecisionRecordRepository decisions, Clock clock,
             AuditLog audit) {
        this.tasks = tasks;
        this.votes = votes;
        this.decisions = decisions;
        this.clock = clock;
        this.audit = audit;
    }

    /** The votes the debrief is about, and the rule that sent it to a debrief. */
    DebriefSummary summary(Task task) {
        long applicationId = tasks.applicationId(task);
        return new DebriefSummary(applicationId, votes.tally(applicationId),
                decisions.findLatestByRule(applicationId).map(DecisionRecord::rule).orElse(null));
    }

    @Transactional
    void decide(Task task, DebriefOutcome outcome, String rationale, OnrampUser me) {
        long applicationId = tasks.applicationId(task);
        long id = decisions.insert(applicationId, outcome.name(), DecisionRecord.RULE_DEBRIEF, me.personId(),
                rationale.strip(), votes.tally(applicationId), clock.instant());
        audit.record(AuditActions.DECISION_RECORDED, me.getUsername(), AuditActions.APPLICATION, applicationId,
                "decisionRecord=" + id + " outcome=" + outcome.name() + " rule=" + DecisionRecord.RULE_DEBRIEF);
        tasks.complete(task, me, Map.of(DecideAndOffer.VAR_DEBRIEF_OUTCOME, outcome.name()));
    }

    /** @param rule the voting rule's row that asked for the debrief, or null when none is recorded */
    record DebriefSummary(long applicationId, VoteTally.Tally tally, String rule) {
    }
}
