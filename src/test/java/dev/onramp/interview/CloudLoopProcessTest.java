package dev.onramp.interview;

import dev.onramp.loop.TeamLoop;
import dev.onramp.loop.CloudLoop;
import static dev.onramp.loop.CloudLoop.*;
import static dev.onramp.interview.LoopDriver.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Cloud: system design, then an incident walk-through, then team fit. */
@ExtendWith(LoopDriver.Reset.class)
@Deployment(resources = {CloudLoop.RESOURCE, InterviewStage.RESOURCE, TakeHomeStage.RESOURCE})
class CloudLoopProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = LoopDriver.coverage();

    @Test
    void shouldDesignASystemThenWalkThroughAnIncidentThenMeetTheTeam() {
        ProcessInstance loop = startLoop(KEY);

        passStage(loop, CALL_ACTIVITY_SYSTEM_DESIGN, InterviewStage.KEY, STAGE_SYSTEM_DESIGN);
        passStage(loop, CALL_ACTIVITY_INCIDENT_WALK_THROUGH, InterviewStage.KEY, STAGE_INCIDENT_WALK_THROUGH);
        passStage(loop, CALL_ACTIVITY_TEAM_FIT, InterviewStage.KEY, STAGE_TEAM_FIT);

        assertThat(loop).isEnded().hasPassedInOrder(TeamLoop.START_EVENT_LOOP_STARTED, CALL_ACTIVITY_SYSTEM_DESIGN,
                CALL_ACTIVITY_INCIDENT_WALK_THROUGH, CALL_ACTIVITY_TEAM_FIT, TeamLoop.END_EVENT_LOOP_DONE);
    }
}
