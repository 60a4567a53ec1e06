package dev.onramp.interview;

import dev.onramp.tasklist.AnnouncedTasks;
import java.util.Set;
import org.springframework.stereotype.Component;

/** An interview to schedule is announced to the recruiters (in the app). */
@Component
class InterviewAnnouncements implements AnnouncedTasks {

    @Override
    public Set<String> announcedTasks() {
        return Set.of(InterviewStage.TASK_SCHEDULE_INTERVIEW);
    }
}
