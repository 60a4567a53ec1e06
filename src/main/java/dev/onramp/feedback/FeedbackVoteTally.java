package dev.onramp.feedback;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The panel's votes on an application, from submitted feedback on all its interviews (drafts do not count);
 * the reasons of the -1 votes in the order they were cast.
 */
@Component
class FeedbackVoteTally implements VoteTally {

    private final FeedbackRepository feedback;

    FeedbackVoteTally(FeedbackRepository feedback) {
        this.feedback = feedback;
    }

    @Override
    public Tally tally(long applicationId) {
        List<FeedbackRepository.CastVote> votes = feedback.submittedVotes(applicationId);
        return new Tally(count(votes, Vote.PLUS_ONE), count(votes, Vote.ZERO), count(votes, Vote.MINUS_ONE),
                votes.stream().filter(v -> v.vote().isVeto()).map(v -> v.reason() == null ? "" : v.reason()).toList());
    }

    private static int count(List<FeedbackRepository.CastVote> votes, Vote vote) {
        return (int) votes.stream().filter(v -> v.vote() == vote).count();
    }
}
