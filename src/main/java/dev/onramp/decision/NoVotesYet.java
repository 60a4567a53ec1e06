package dev.onramp.decision;

import org.springframework.context.annotation.Fallback;
import org.springframework.stereotype.Component;

/**
 * The interim {@link VoteTally} until the feedback feature brings its own: nobody has voted, so the voting rule
 * sends every application to a debrief (its {@code no-votes} row), which is the right outcome without votes.
 * A fallback bean: any other {@code VoteTally} in the context is injected instead.
 */
@Component
@Fallback
class NoVotesYet implements VoteTally {

    @Override
    public Tally tally(long applicationId) {
        return Tally.none();
    }
}
