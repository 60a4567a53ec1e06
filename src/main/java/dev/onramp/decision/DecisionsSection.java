package dev.onramp.decision;

import dev.onramp.hiring.Application;
import dev.onramp.hiring.ApplicationSection;
import dev.onramp.people.OnrampUser;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Every decision on the application, on its page, for whoever may read the panel's feedback ({@link DecisionHistory}). */
@Component
class DecisionsSection implements ApplicationSection {

    private final DecisionHistory decisions;

    DecisionsSection(DecisionHistory decisions) {
        this.decisions = decisions;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public String template() {
        return "decision/decisions";
    }

    @Override
    public String fragment() {
        return "decisions";
    }

    @Override
    public Map<String, Object> model(Application application, OnrampUser viewer) {
        return Map.of("decisions", decisions.of(application.id(), viewer));
    }
}
