package dev.onramp.interview;

import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The interview a candidate booked through a self-scheduling link, found by the link's token: what the candidate's
 * own calendar download may show, and nothing else (an unknown token, or a link that booked nothing, is empty).
 */
@Component
public class SelfScheduledInterviews {

    private final SelfSchedulingLinks links;

    SelfScheduledInterviews(SelfSchedulingLinks links) {
        this.links = links;
    }

    public Optional<Long> bookedThrough(String token) {
        return links.find(token).map(SelfSchedulingLinks.Link::interviewId);
    }
}
