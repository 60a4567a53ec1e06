package dev.onramp.interview;

import static dev.onramp.interview.KibanaLoop.*;
import static dev.onramp.interview.LoopDriver.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import dev.onramp.ProcessTestEngine;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Kibana: pair programming, then design review, then team fit. */
@Deployment(resources = {KibanaLoop.RESOURCE, InterviewStage.RESOURCE, TakeHomeStage.RESOURCE})
class KibanaLoopProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngine.coverageBuilder()
            .assertClassCoverageAtLeast(ProcessTestEngine.MIN_COVERAGE)
            // the stages are real and driven here, but covered by their own tests
            .excludeProcessDefinitionKeys(InterviewStage.KEY, TakeHomeStage.KEY)
            .build();

    @BeforeEach
    void setUp() {
        LoopDriver.setUp();
    }

    @AfterEach
    void tearDown() {
        LoopDriver.tearDown();
    }

    @Test
    void shouldPairThenReviewADesignThenMeetTheTeam() {
        ProcessInstance loop = startLoop(KEY);

        assertThat(loop).isWaitingAtExactly(CALL_ACTIVITY_PAIR_PROGRAMMING);
        stageAt(loop, CALL_ACTIVITY_PAIR_PROGRAMMING, InterviewStage.KEY, STAGE_PAIR_PROGRAMMING);
        completeStage(loop, CALL_ACTIVITY_PAIR_PROGRAMMING);

        assertThat(loop).isWaitingAtExactly(CALL_ACTIVITY_DESIGN_REVIEW);
        stageAt(loop, CALL_ACTIVITY_DESIGN_REVIEW, InterviewStage.KEY, STAGE_DESIGN_REVIEW);
        completeStage(loop, CALL_ACTIVITY_DESIGN_REVIEW);

        assertThat(loop).isWaitingAtExactly(CALL_ACTIVITY_TEAM_FIT);
        stageAt(loop, CALL_ACTIVITY_TEAM_FIT, InterviewStage.KEY, STAGE_TEAM_FIT);
        completeStage(loop, CALL_ACTIVITY_TEAM_FIT);

        assertThat(loop).isEnded().hasPassedInOrder(TeamLoop.START_EVENT_LOOP_STARTED, CALL_ACTIVITY_PAIR_PROGRAMMING,
                CALL_ACTIVITY_DESIGN_REVIEW, CALL_ACTIVITY_TEAM_FIT, TeamLoop.END_EVENT_LOOP_DONE);
    }
}
