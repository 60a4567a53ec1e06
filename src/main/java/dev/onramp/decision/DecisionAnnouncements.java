package dev.onramp.decision;

import dev.onramp.tasklist.AnnouncedTasks;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The hiring manager hears of a debrief to run and of an offer outside the band to approve (in the app and by mail). */
@Component
class DecisionAnnouncements implements AnnouncedTasks {

    @Override
    public Set<String> announcedTasks() {
        return Set.of(DecideAndOffer.TASK_DEBRIEF, DecideAndOffer.TASK_APPROVE_OFFER);
    }
}
