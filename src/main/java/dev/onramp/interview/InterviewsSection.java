package dev.onramp.interview;

import dev.onramp.hiring.Application;
import dev.onramp.hiring.ApplicationSection;
import dev.onramp.people.OnrampUser;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The application's interviews on its page, times in the viewer's zone, with what the viewer may do with each
 * (reschedule, cancel, no-show, held: {@link InterviewLifecycle#actions}) and each interview's history.
 */
@Component
class InterviewsSection implements ApplicationSection {

    private final ApplicationInterviews interviews;
    private final InterviewRepository repository;
    private final InterviewLifecycle lifecycle;

    InterviewsSection(ApplicationInterviews interviews, InterviewRepository repository, InterviewLifecycle lifecycle) {
        this.interviews = interviews;
        this.repository = repository;
        this.lifecycle = lifecycle;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public String template() {
        return "interview/application-interviews";
    }

    @Override
    public String fragment() {
        return "interviews";
    }

    @Override
    public Map<String, Object> model(Application application, OnrampUser viewer) {
        Map<Long, InterviewLifecycle.Actions> actions = new HashMap<>();
        for (Interview i : repository.findByApplication(application.id())) {
            actions.put(i.id(), lifecycle.actions(i, viewer));
        }
        return Map.of("interviews", interviews.forApplication(application.id(), viewer.timeZone()),
                "interviewActions", actions);
    }
}
