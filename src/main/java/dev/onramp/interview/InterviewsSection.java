package dev.onramp.interview;

import dev.onramp.hiring.Application;
import dev.onramp.hiring.ApplicationSection;
import dev.onramp.people.OnrampUser;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The application's interviews on its page, times in the viewer's zone. */
@Component
class InterviewsSection implements ApplicationSection {

    private final ApplicationInterviews interviews;

    InterviewsSection(ApplicationInterviews interviews) {
        this.interviews = interviews;
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
        return Map.of("interviews", interviews.forApplication(application.id(), viewer.timeZone()));
    }
}
