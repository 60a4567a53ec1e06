package dev.onramp.interview;

import dev.onramp.loop.TeamLoop;
import dev.onramp.loop.KibanaLoop;
import static dev.onramp.loop.KibanaLoop.*;
import static dev.onramp.interview.LoopDriver.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Kibana: pair programming, then design review, then team fit. */
@ExtendWith(LoopDriver.Reset.class)
@Deployment(resources = {KibanaLoop.RESOURCE, InterviewStage.RESOURCE, TakeHomeStage.RESOURCE})
class KibanaLoopProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = LoopDriver.coverage();

    @Test
    void shouldPairThenReviewADesignThenMeetTheTeam() {
        ProcessInstance loop = startLoop(KEY);

        passStage(loop, CALL_ACTIVITY_PAIR_PROGRAMMING, InterviewStage.KEY, STAGE_PAIR_PROGRAMMING);
        passStage(loop, CALL_ACTIVITY_DESIGN_REVIEW, InterviewStage.KEY, STAGE_DESIGN_REVIEW);
        passStage(loop, CALL_ACTIVITY_TEAM_FIT, InterviewStage.KEY, STAGE_TEAM_FIT);

        assertThat(loop).isEnded().hasPassedInOrder(TeamLoop.START_EVENT_LOOP_STARTED, CALL_ACTIVITY_PAIR_PROGRAMMING,
                CALL_ACTIVITY_DESIGN_REVIEW, CALL_ACTIVITY_TEAM_FIT, TeamLoop.END_EVENT_LOOP_DONE);
    }
}
