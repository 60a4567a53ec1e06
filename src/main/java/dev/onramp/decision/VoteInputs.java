package dev.onramp.decision;

import dev.onramp.feedback.VoteTally;
import org.springframework.stereotype.Component;

/**
 * The inputs of {@link VoteRule} for the business rule task {@link DecideAndOffer#TASK_APPLY_VOTING_RULE}, resolved
 * from the application id by its input parameters ({@code ${voteInputs.plusOnes(applicationId)}} …): counts only,
 * local to the task, never the reasons of a veto.
 */
@Component(DecideAndOffer.BEAN_VOTE_INPUTS)
public class VoteInputs {

    private final VoteTally votes;

    VoteInputs(VoteTally votes) {
        this.votes = votes;
    }

    public int plusOnes(long applicationId) {
        return votes.tally(applicationId).plusOnes();
    }

    public int zeros(long applicationId) {
        return votes.tally(applicationId).zeros();
    }

    public int minusOnes(long applicationId) {
        return votes.tally(applicationId).minusOnes();
    }

    /** Votes cast, the three counts together. */
    public int votes(long applicationId) {
        return votes.tally(applicationId).votes();
    }
}
