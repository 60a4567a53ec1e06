package dev.onramp.interview;

import dev.onramp.loop.TeamLoop;
import dev.onramp.loop.MachineLearningLoop;
import static dev.onramp.loop.MachineLearningLoop.*;
import static dev.onramp.interview.LoopDriver.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Machine Learning: take-home modelling exercise, then deep-dive and distributed-work conversation in parallel. */
@ExtendWith(LoopDriver.Reset.class)
@Deployment(resources = {MachineLearningLoop.RESOURCE, InterviewStage.RESOURCE, TakeHomeStage.RESOURCE})
class MachineLearningLoopProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = LoopDriver.coverage();

    @Test
    void shouldReviewTheModellingExerciseThenInterviewInParallel() {
        ProcessInstance loop = startLoop(KEY);

        passStage(loop, CALL_ACTIVITY_TAKE_HOME, TakeHomeStage.KEY, STAGE_TAKE_HOME);

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
