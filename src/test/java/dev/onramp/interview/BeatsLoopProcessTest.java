package dev.onramp.interview;

import dev.onramp.loop.TeamLoop;
import dev.onramp.loop.BeatsLoop;
import static dev.onramp.loop.BeatsLoop.*;
import static dev.onramp.interview.LoopDriver.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Beats: take-home, then a technical panel of two interviews in parallel, then team fit and async work. */
@ExtendWith(LoopDriver.Reset.class)
@Deployment(resources = {BeatsLoop.RESOURCE, InterviewStage.RESOURCE, TakeHomeStage.RESOURCE})
class BeatsLoopProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = LoopDriver.coverage();

    @Test
    void shouldReviewTheTakeHomeThenHoldTwoPanelInterviewsInParallelThenMeetTheTeam() {
        ProcessInstance loop = startLoop(KEY);

        passStage(loop, CALL_ACTIVITY_TAKE_HOME, TakeHomeStage.KEY, STAGE_TAKE_HOME);

        assertThat(loop).isWaitingAt(CALL_ACTIVITY_TECHNICAL_PANEL);
        List<ProcessInstance> seats = stagesAt(loop, CALL_ACTIVITY_TECHNICAL_PANEL);
        assertThat(seats).as("two interviews at once").hasSize(2);
        seats.forEach(seat -> {
            assertStage(seat, InterviewStage.KEY, STAGE_TECHNICAL_PANEL);
            assertThat(seat).isWaitingAt(InterviewStage.TASK_SCHEDULE_INTERVIEW);
        });
        assertThat(seats).extracting(seat -> runtimeService().getVariable(seat.getId(), InterviewStage.VAR_PANEL_SEAT))
                .containsExactlyInAnyOrder(0, 1);

        completeStage(seats.get(0));
        assertThat(loop).isWaitingAt(CALL_ACTIVITY_TECHNICAL_PANEL).isNotWaitingAt(CALL_ACTIVITY_TEAM_FIT);
        assertThat(stagesAt(loop, CALL_ACTIVITY_TECHNICAL_PANEL)).extracting(ProcessInstance::getId)
                .containsExactly(seats.get(1).getId());
        completeStage(seats.get(1));

        passStage(loop, CALL_ACTIVITY_TEAM_FIT, InterviewStage.KEY, STAGE_TEAM_FIT);

        assertThat(loop).isEnded().hasPassedInOrder(TeamLoop.START_EVENT_LOOP_STARTED, CALL_ACTIVITY_TAKE_HOME,
                CALL_ACTIVITY_TECHNICAL_PANEL, CALL_ACTIVITY_TECHNICAL_PANEL, CALL_ACTIVITY_TEAM_FIT,
                TeamLoop.END_EVENT_LOOP_DONE);
    }
}
