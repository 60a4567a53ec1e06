package dev.onramp.decision;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import dev.onramp.ProcessTestEngine;
import dev.onramp.feedback.VoteTally;
import dev.onramp.feedback.VoteTally.Tally;
import dev.onramp.hiring.HiringProcess;
import dev.onramp.hiring.RecordingDelegate;
import dev.onramp.hiring.SlaDatesStub;
import dev.onramp.hiring.TaskDeadlines;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The voting rule as the process runs it: the business rule task reads the tally through {@link VoteInputs},
 * evaluates the deployed {@link VoteRule}, and {@link RecordVoteDecision} writes the decision row with the row
 * that fired.
 */
@Deployment(resources = {DecideAndOffer.RESOURCE, VoteRule.RESOURCE})
class VotingRuleTest {

    /** No coverage gate: the paths are DecideAndOfferProcessTest's; this is about the beans around the rule. */
    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngine.coverageBuilder().build();

    private static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");
    private static final long APPLICATION = 42L;

    private final DecisionRecordRepository decisions = mock(DecisionRecordRepository.class);
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    @BeforeEach
    void registerBeans() {
        Mocks.register(DecideAndOffer.BEAN_RECORD_VOTE_DECISION, new RecordVoteDecision(decisions, clock, org.mockito.Mockito.mock(dev.onramp.audit.AuditLog.class)));
        Mocks.register(HiringProcess.BEAN_SLA_DATES, new SlaDatesStub());
        RecordingDelegate.register(TaskDeadlines.BEAN_REMIND_TASK);
        RecordingDelegate.register(TaskDeadlines.BEAN_ESCALATE_TASK);
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    @Test
    void shouldHireOnThreePlusOnesAndRecordTheRuleThatFired() {
        ProcessInstance pi = decideOn("beats", new Tally(3, 0, 0, List.of()));

        assertThat(pi).isWaitingAtExactly(DecideAndOffer.TASK_PREPARE_OFFER);
        verify(decisions).insert(APPLICATION, "HIRE", "default-hire", null, "3 \u00d7 +1, 0 \u00d7 0, 0 \u00d7 -1",
                new Tally(3, 0, 0, List.of()), NOW);
    }

    @Test
    void shouldSendAVetoToADebrief() {
        ProcessInstance pi = decideOn("beats", new Tally(3, 0, 1, List.of("No tests at all")));

        assertThat(pi).isWaitingAtExactly(DecideAndOffer.TASK_DEBRIEF);
        verify(decisions).insert(eq(APPLICATION), eq("DEBRIEF"), eq("veto"), isNull(), anyString(),
                eq(new Tally(3, 0, 1, List.of())), eq(NOW));
    }

    @Test
    void shouldDebriefWhenNobodyHasVotedYet() {
        ProcessInstance pi = decideOn("kibana", Tally.none());

        assertThat(pi).isWaitingAtExactly(DecideAndOffer.TASK_DEBRIEF);
        verify(decisions).insert(eq(APPLICATION), eq("DEBRIEF"), eq("no-votes"), isNull(), anyString(),
                eq(Tally.none()), eq(NOW));
    }

    @Test
    void shouldRecordNothingWhenTheRuleCannotBeEvaluated() {
        Mocks.register(DecideAndOffer.BEAN_VOTE_INPUTS, new VoteInputs(id -> {
            throw new IllegalStateException("feedback unreadable");
        }));
        ProcessInstance pi = start("beats");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> execute(job(DecideAndOffer.TASK_APPLY_VOTING_RULE, pi)))
                .hasMessageContaining("feedback unreadable");
        assertThat(pi).isWaitingAt(DecideAndOffer.TASK_APPLY_VOTING_RULE);
        verify(decisions, never()).insert(anyLong(), any(), any(), any(), any(), any(), any());
    }

    private ProcessInstance decideOn(String team, Tally tally) {
        VoteTally votes = id -> {
            org.assertj.core.api.Assertions.assertThat(id).isEqualTo(APPLICATION);
            return tally;
        };
        Mocks.register(DecideAndOffer.BEAN_VOTE_INPUTS, new VoteInputs(votes));
        ProcessInstance pi = start(team);
        execute(job(DecideAndOffer.TASK_APPLY_VOTING_RULE, pi));
        return pi;
    }

    private static ProcessInstance start(String team) {
        return runtimeService().startProcessInstanceByKey(DecideAndOffer.KEY, HiringProcess.businessKey(APPLICATION),
                withVariables(DecideAndOffer.VAR_APPLICATION_ID, APPLICATION, DecideAndOffer.VAR_REQUISITION_ID, 7L,
                        DecideAndOffer.VAR_TEAM, team, DecideAndOffer.VAR_HIRING_MANAGER, "hank"));
    }
}
