package dev.onramp.decision;

import dev.onramp.feedback.FeedbackVisibility;
import dev.onramp.people.OnrampUser;
import dev.onramp.people.PersonRepository;
import java.time.ZonedDateTime;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Every decision on an application, oldest first, as the application page lists them: the team's rule with the
 * votes it counted, and each debrief with who decided and why. Shown to those who may read the panel's feedback
 * (the same rule as the scorecard), so an interviewer who has not voted yet learns nothing of the others' votes.
 */
@Service
public class DecisionHistory {

    /** One decision, its time in the viewer's zone; {@code decidedBy} is null for the team's rule. */
    public record Entry(ZonedDateTime at, String outcome, String rule, String decidedBy, String rationale,
                        int plusOnes, int zeros, int minusOnes) {

        public boolean byTheTeamsRule() {
            return decidedBy == null;
        }
    }

    private final DecisionRecordRepository decisions;
    private final FeedbackVisibility visibility;
    private final PersonRepository people;

    DecisionHistory(DecisionRecordRepository decisions, FeedbackVisibility visibility, PersonRepository people) {
        this.decisions = decisions;
        this.visibility = visibility;
        this.people = people;
    }

    public List<Entry> of(long applicationId, OnrampUser viewer) {
        if (!visibility.access(applicationId, viewer).seesPanel()) {
            return List.of();
        }
        return decisions.findByApplication(applicationId).stream().map(d -> new Entry(
                d.decidedAt().atZone(viewer.timeZone()), d.outcome(), d.rule(),
                d.byTheTeamsRule() ? null : people.get(d.decidedBy()).displayName(), d.rationale(),
                d.plusOnes(), d.zeros(), d.minusOnes())).toList();
    }
}
