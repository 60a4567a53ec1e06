package dev.onramp.feedback;

import dev.onramp.hiring.Application;
import dev.onramp.hiring.ApplicationSection;
import dev.onramp.people.OnrampUser;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The panel's scorecard on the application's page, as far as the viewer may see it ({@link Scorecards}). */
@Component
class ScorecardSection implements ApplicationSection {

    private final Scorecards scorecards;

    ScorecardSection(Scorecards scorecards) {
        this.scorecards = scorecards;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public String template() {
        return "feedback/scorecard";
    }

    @Override
    public String fragment() {
        return "scorecard";
    }

    @Override
    public Map<String, Object> model(Application application, OnrampUser viewer) {
        return Map.of("scorecard", scorecards.of(application.id(), viewer));
    }
}
