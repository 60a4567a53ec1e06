package dev.onramp.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.onramp.feedback.FeedbackVisibility;
import dev.onramp.feedback.FeedbackVisibility.Access;
import dev.onramp.people.OnrampUser;
import dev.onramp.people.Person;
import dev.onramp.people.PersonRepository;
import dev.onramp.people.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The decisions an application page lists, and who may read them. */
class DecisionHistoryTest {

    private static final ZoneId TORONTO = ZoneId.of("America/Toronto");
    private static final Instant RULE_AT = Instant.parse("2026-03-02T15:00:00Z");
    private static final Instant DEBRIEF_AT = Instant.parse("2026-03-03T14:30:00Z");

    private final DecisionRecordRepository records = mock(DecisionRecordRepository.class);
    private final FeedbackVisibility visibility = mock(FeedbackVisibility.class);
    private final PersonRepository people = mock(PersonRepository.class);
    private final DecisionHistory history = new DecisionHistory(records, visibility, people);
    private final Person hank = new Person(50, "hank", "Hank Hiring", "hank@onramp.example", TORONTO, "CA", 40L,
            null, LocalTime.of(9, 0), LocalTime.of(18, 0), LocalDate.of(2020, 1, 1), false, null, null,
            Set.of(Role.HIRING_MANAGER));
    private final OnrampUser viewer = new OnrampUser(hank, "{noop}x", true);

    @Test
    void shouldListTheRuleAndTheDebriefOldestFirstInTheViewersZone() {
        when(visibility.access(7, viewer)).thenReturn(Access.PANEL);
        when(people.get(50)).thenReturn(hank);
        when(records.findByApplication(7)).thenReturn(List.of(
                new DecisionRecord(1, 7, "DEBRIEF", "veto", null, null, 4, 0, 1, RULE_AT),
                new DecisionRecord(2, 7, "ONE_MORE_INTERVIEW", DecisionRecord.RULE_DEBRIEF, 50L, "Settle the doubt.",
                        4, 0, 1, DEBRIEF_AT)));

        List<DecisionHistory.Entry> entries = history.of(7, viewer);

        assertThat(entries).extracting(DecisionHistory.Entry::outcome).containsExactly("DEBRIEF", "ONE_MORE_INTERVIEW");
        assertThat(entries.get(0).byTheTeamsRule()).isTrue();
        assertThat(entries.get(0).at()).isEqualTo(RULE_AT.atZone(TORONTO));
        assertThat(entries.get(1).decidedBy()).isEqualTo("Hank Hiring");
        assertThat(entries.get(1).rationale()).isEqualTo("Settle the doubt.");
    }

    @Test
    void shouldShowNothingToSomeoneWhoMayNotReadThePanelsFeedbackYet() {
        when(visibility.access(7, viewer)).thenReturn(Access.OWN);
        when(records.findByApplication(7)).thenReturn(List.of(
                new DecisionRecord(1, 7, "DEBRIEF", "veto", null, null, 4, 0, 1, RULE_AT)));

        assertThat(history.of(7, viewer)).isEmpty();
    }
}
