package dev.onramp.interview;

import static dev.onramp.interview.MachineLearningLoop.*;
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

/** Machine Learning: take-home modelling exercise, then deep-dive and distributed-work conversation in parallel. */
@Deployment(resources = {MachineLearningLoop.RESOURCE, InterviewStage.RESOURCE, TakeHomeStage.RESOURCE})
class MachineLearningLoopProcessTest {

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
    void shouldReviewTheModellingExerciseThenInterviewInParallel() {
        ProcessInstance loop = startLoop(KEY);

        assertThat(loop).isWaitingAtExactly(CALL_ACTIVITY_TAKE_HOME);
        stageAt(loop, CALL_ACTIVITY_TAKE_HOME, TakeHomeStage.KEY, STAGE_TAKE_HOME);
        completeStage(loop, CALL_ACTIVITY_TAKE_HOME);

        assertThat(loop).isWaitingAtExactly(CALL_ACTIVITY_TECHNICAL_DEEP_DIVE, CALL_ACTIVITY_DISTRIBUTED_WORK);
        stageAt(loop, CALL_ACTIVITY_TECHNICAL_DEEP_DIVE, InterviewStage.KEY, STAGE_TECHNICAL_DEEP_DIVE);
        stageAt(loop, CALL_ACTIVITY_DISTRIBUTED_WORK, InterviewStage.KEY, STAGE_DISTRIBUTED_WORK);
        completeStage(loop, CALL_ACTIVITY_TECHNICAL_DEEP_DIVE);

        assertThat(loop).isWaitingAt(CALL_ACTIVITY_DISTRIBUTED_WORK).isNotWaitingAt(CALL_ACTIVITY_TECHNICAL_DEEP_DIVE);
        completeStage(loop, CALL_ACTIVITY_DISTRIBUTED_WORK);

        assertThat(loop).isEnded().hasPassedInOrder(TeamLoop.START_EVENT_LOOP_STARTED, CALL_ACTIVITY_TAKE_HOME,
                GATEWAY_SPLIT_INTERVIEWS, CALL_ACTIVITY_TECHNICAL_DEEP_DIVE, CALL_ACTIVITY_DISTRIBUTED_WORK,
                GATEWAY_JOIN_INTERVIEWS, TeamLoop.END_EVENT_LOOP_DONE);
    }
}
