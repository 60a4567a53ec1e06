package dev.onramp.interview;

import java.util.ArrayList;
import java.util.List;

/** Stands in for the {@code interviewPanel} bean: every interview has the same panel; remembers what was asked. */
public final class InterviewPanelStub {

    private final List<String> usernames;
    private final List<Long> askedFor = new ArrayList<>();

    public InterviewPanelStub(List<String> usernames) {
        this.usernames = List.copyOf(usernames);
    }

    public List<String> usernames(Long interviewId) {
        askedFor.add(interviewId);
        return usernames;
    }

    List<Long> askedFor() {
        return List.copyOf(askedFor);
    }
}
