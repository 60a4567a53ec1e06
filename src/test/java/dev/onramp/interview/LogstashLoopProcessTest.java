package dev.onramp.interview;

import static dev.onramp.interview.LogstashLoop.*;
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

/** Logstash: pair programming on a plugin, then a written design exercise (take-home), then team fit. */
@Deployment(resources = {LogstashLoop.RESOURCE, InterviewStage.RESOURCE, TakeHomeStage.RESOURCE})
class LogstashLoopProcessTest {

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
    void shouldPairOnAPluginThenReviewAWrittenDesignThenMeetTheTeam() {
        ProcessInstance loop = startLoop(KEY);

        assertThat(loop).isWaitingAtExactly(CALL_ACTIVITY_PAIR_PROGRAMMING);
        stageAt(loop, CALL_ACTIVITY_PAIR_PROGRAMMING, InterviewStage.KEY, STAGE_PAIR_PROGRAMMING);
        completeStage(loop, CALL_ACTIVITY_PAIR_PROGRAMMING);

        assertThat(loop).isWaitingAtExactly(CALL_ACTIVITY_WRITTEN_DESIGN_EXERCISE);
        stageAt(loop, CALL_ACTIVITY_WRITTEN_DESIGN_EXERCISE, TakeHomeStage.KEY, STAGE_WRITTEN_DESIGN);
        completeStage(loop, CALL_ACTIVITY_WRITTEN_DESIGN_EXERCISE);

        assertThat(loop).isWaitingAtExactly(CALL_ACTIVITY_TEAM_FIT);
        stageAt(loop, CALL_ACTIVITY_TEAM_FIT, InterviewStage.KEY, STAGE_TEAM_FIT);
        completeStage(loop, CALL_ACTIVITY_TEAM_FIT);

        assertThat(loop).isEnded().hasPassedInOrder(TeamLoop.START_EVENT_LOOP_STARTED, CALL_ACTIVITY_PAIR_PROGRAMMING,
                CALL_ACTIVITY_WRITTEN_DESIGN_EXERCISE, CALL_ACTIVITY_TEAM_FIT, TeamLoop.END_EVENT_LOOP_DONE);
    }
}
