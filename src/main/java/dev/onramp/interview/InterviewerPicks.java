package dev.onramp.interview;

import java.util.List;

/** The interviewers proposed for a stage, best first; {@code shortOfPeople} when fewer than needed had room. */
public record InterviewerPicks(List<Pick> picks, boolean shortOfPeople) {

    public InterviewerPicks {
        picks = List.copyOf(picks);
    }

    public List<PoolMember> chosen() {
        return picks.stream().map(Pick::member).toList();
    }
}
