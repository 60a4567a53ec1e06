package dev.onramp.decision;

import static dev.onramp.decision.VoteRule.Outcome.DEBRIEF;
import static dev.onramp.decision.VoteRule.Outcome.HIRE;
import static dev.onramp.decision.VoteRule.Outcome.NO_HIRE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.onramp.decision.VoteRule.VoteOutcome;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import dev.onramp.ProcessTestEngine;

/** One test per row of {@code vote-rule.dmn}, in the table's order, then the edges between rows. */
@Deployment(resources = VoteRule.RESOURCE)
class VoteRuleTest {

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = ProcessTestEngine.plain();

    ProcessEngine processEngine;

    // Rule_NoVotes
    @Test
    void shouldDebriefWhenNobodyVoted() {
        assertThat(vote("beats", 0, 0, 0)).isEqualTo(new VoteOutcome(DEBRIEF, "no-votes"));
    }

    // Rule_SmallTeamQuorumHire
    @Test
    void shouldHireLogstashOnQuorumOfTwo() {
        assertThat(vote("logstash", 2, 0, 0)).isEqualTo(new VoteOutcome(HIRE, "small-team-quorum-hire"));
    }

    // Rule_MajorityVeto
    @Test
    void shouldNoHireOnMajorityOfMinusOnes() {
        assertThat(vote("beats", 3, 0, 4)).isEqualTo(new VoteOutcome(NO_HIRE, "majority-veto"));
    }

    // Rule_Veto
    @Test
    void shouldDebriefOnAnyVeto() {
        assertThat(vote("beats", 4, 0, 1)).isEqualTo(new VoteOutcome(DEBRIEF, "veto"));
    }

    // Rule_DefaultHire
    @Test
    void shouldHireOnThreePlusOnesAndNoVeto() {
        assertThat(vote("beats", 3, 1, 0)).isEqualTo(new VoteOutcome(HIRE, "default-hire"));
    }

    // Rule_TooFewPlusOnes
    @Test
    void shouldDebriefOnTooFewPlusOnes() {
        assertThat(vote("beats", 2, 2, 0)).isEqualTo(new VoteOutcome(DEBRIEF, "too-few-plus-ones"));
    }

    // edges between rows

    @Test
    void shouldDebriefWhenExactlyHalfVoteMinusOne() {
        assertThat(vote("beats", 2, 0, 2)).isEqualTo(new VoteOutcome(DEBRIEF, "veto"));
    }

    @Test
    void shouldCountZerosAsVotesCast() {
        assertThat(vote("beats", 0, 1, 1)).isEqualTo(new VoteOutcome(DEBRIEF, "veto"));
    }

    @Test
    void shouldDebriefLogstashOnASinglePlusOne() {
        assertThat(vote("logstash", 1, 1, 0)).isEqualTo(new VoteOutcome(DEBRIEF, "too-few-plus-ones"));
    }

    @Test
    void shouldDebriefBeatsOnTwoPlusOnes() {
        assertThat(vote("beats", 2, 0, 0)).isEqualTo(new VoteOutcome(DEBRIEF, "too-few-plus-ones"));
    }

    @Test
    void shouldNotLetTheLogstashQuorumOverruleAVeto() {
        assertThat(vote("logstash", 3, 0, 1)).isEqualTo(new VoteOutcome(DEBRIEF, "veto"));
    }

    @Test
    void shouldNoHireLogstashOnMajorityOfMinusOnes() {
        assertThat(vote("logstash", 1, 0, 2)).isEqualTo(new VoteOutcome(NO_HIRE, "majority-veto"));
    }

    @Test
    void shouldRejectNegativeVoteCounts() {
        assertThatIllegalArgumentException().isThrownBy(() -> vote("beats", 3, 0, -1));
    }

    private VoteOutcome vote(String team, int plusOnes, int zeros, int minusOnes) {
        return VoteRule.evaluate(processEngine.getDecisionService(), team, plusOnes, zeros, minusOnes);
    }
}
