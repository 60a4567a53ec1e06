package dev.onramp.decision;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.decision.VoteRule.Outcome;
import dev.onramp.decision.VoteTally.Tally;
import dev.onramp.system.OnrampAppTest;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.DecisionService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The voting rule's bean: the tally it reads, the deployed rule it evaluates, the decision row it writes. */
@OnrampAppTest
class VotingRuleTest {

    @Autowired
    VoteTally tally;

    @Autowired
    DecisionRecordRepository decisions;

    @Autowired
    DecisionService decisionService;

    @Autowired
    Clock clock;

    @Test
    void shouldHireOnThreePlusOnesAndRecordTheRuleThatFired() {
        long application = DecideAndOfferDriver.freshApplicationId();
        ApplyVotingRule rule = new ApplyVotingRule(id -> new Tally(3, 0, 0, List.of()), decisions, decisionService, clock);

        Instant before = clock.instant();
        assertThat(rule.decide(application, "beats").outcome()).isEqualTo(Outcome.HIRE);
        Instant after = clock.instant();

        assertThat(decisions.findByApplication(application)).singleElement().satisfies(record -> {
            assertThat(record.outcome()).isEqualTo("HIRE");
            assertThat(record.rule()).isEqualTo("default-hire");
            assertThat(record.byTheTeamsRule()).isTrue();
            assertThat(record.rationale()).isEqualTo("3 \u00d7 +1, 0 \u00d7 0, 0 \u00d7 -1");
            assertThat(List.of(record.plusOnes(), record.zeros(), record.minusOnes())).containsExactly(3, 0, 0);
            assertThat(record.decidedAt()).isBetween(before, after);
        });
    }

    @Test
    void shouldSendAVetoToADebrief() {
        long application = DecideAndOfferDriver.freshApplicationId();
        ApplyVotingRule rule = new ApplyVotingRule(id -> new Tally(3, 0, 1, List.of("No tests at all")), decisions,
                decisionService, clock);

        assertThat(rule.decide(application, "beats").outcome()).isEqualTo(Outcome.DEBRIEF);
        assertThat(decisions.findLatestByRule(application)).get().extracting(DecisionRecord::rule).isEqualTo("veto");
    }

    @Test
    void shouldDebriefWhenNobodyHasVotedYet() {
        long application = DecideAndOfferDriver.freshApplicationId();
        assertThat(tally.tally(application)).as("the interim tally").isEqualTo(Tally.none());
        ApplyVotingRule rule = new ApplyVotingRule(tally, decisions, decisionService, clock);

        assertThat(rule.decide(application, "kibana").outcome()).isEqualTo(Outcome.DEBRIEF);
        assertThat(decisions.findLatestByRule(application)).get().extracting(DecisionRecord::rule).isEqualTo("no-votes");
    }

    @Test
    void shouldGiveWayToTheFeedbackFeaturesTally() {
        Tally fromFeedback = new Tally(2, 1, 0, List.of());
        new ApplicationContextRunner()
                .withUserConfiguration(NoVotesYet.class)
                .withBean("feedbackVoteTally", VoteTally.class, () -> id -> fromFeedback)
                .run(context -> assertThat(context.getBean(VoteTally.class).tally(1L)).isEqualTo(fromFeedback));
        new ApplicationContextRunner()
                .withUserConfiguration(NoVotesYet.class)
                .run(context -> assertThat(context.getBean(VoteTally.class).tally(1L)).isEqualTo(Tally.none()));
    }
}
