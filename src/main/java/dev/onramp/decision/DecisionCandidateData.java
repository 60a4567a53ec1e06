package dev.onramp.decision;

import dev.onramp.hiring.CandidateData;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The decision feature's part of a candidate's data: every decision record (the team's rule and each debrief).
 * Anonymising clears a debrief's rationale (the hiring manager's words about the candidate); a rule's rationale is
 * only the vote counts, and outcomes and counts stay.
 */
@Component
@Order(30)
class DecisionCandidateData implements CandidateData {

    private final DecisionRecordRepository decisions;
    private final JdbcClient jdbc;

    DecisionCandidateData(DecisionRecordRepository decisions, JdbcClient jdbc) {
        this.decisions = decisions;
        this.jdbc = jdbc;
    }

    @Override
    public String part() {
        return "decisions";
    }

    @Override
    public Object export(long applicationId) {
        return decisions.findByApplication(applicationId);
    }

    @Override
    public void anonymise(long applicationId) {
        jdbc.sql("UPDATE decision_record SET rationale = '' WHERE application_id = ? AND decided_by IS NOT NULL")
                .param(applicationId).update();
    }
}
