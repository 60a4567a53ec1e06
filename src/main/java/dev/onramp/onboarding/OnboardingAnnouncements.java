package dev.onramp.onboarding;

import dev.onramp.tasklist.AnnouncedTasks;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The manager hears of a mentor to confirm, the mentor of a mentee to accept (in the app and by mail). */
@Component
class OnboardingAnnouncements implements AnnouncedTasks {

    @Override
    public Set<String> announcedTasks() {
        return Set.of(OnboardingProcess.TASK_CONFIRM_MENTOR, OnboardingProcess.TASK_ACCEPT_MENTEE);
    }
}
