package dev.onramp.decision;

import java.time.Instant;

/**
 * One decision on an application: the team's voting rule ({@link #decidedBy()} null, {@link #rule()} the DMN row
 * that fired) or a debrief ({@link #decidedBy()} the hiring manager, {@link #rule()} {@value #RULE_DEBRIEF}), with
 * the vote counts it was made on.
 *
 * @param outcome a {@link VoteRule.Outcome} name for the rule, a {@link DecideAndOffer.DebriefOutcome} name for a debrief
 */
public record DecisionRecord(long id, long applicationId, String outcome, String rule, Long decidedBy,
                             String rationale, int plusOnes, int zeros, int minusOnes, Instant decidedAt) {

    public static final String RULE_DEBRIEF = "debrief";

    public boolean byTheTeamsRule() {
        return decidedBy == null;
    }
}
