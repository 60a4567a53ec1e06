package dev.onramp.interview;

import dev.onramp.loop.TeamLoop;
import dev.onramp.loop.ElasticsearchLoop;
import static dev.onramp.loop.ElasticsearchLoop.*;
import static dev.onramp.interview.LoopDriver.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Elasticsearch: take-home review, then deep-dive and distributed-work talk in parallel, then the hiring manager. */
@ExtendWith(LoopDriver.Reset.class)
@Deployment(resources = {ElasticsearchLoop.RESOURCE, InterviewStage.RESOURCE, TakeHomeStage.RESOURCE})
class ElasticsearchLoopProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = LoopDriver.coverage();

    @Test
    void shouldReviewTheTakeHomeThenInterviewInParallelThenMeetTheHiringManager() {
        ProcessInstance loop = startLoop(KEY);

        passStage(loop, CALL_ACTIVITY_TAKE_HOME, TakeHomeStage.KEY, STAGE_TAKE_HOME);

        assertThat(loop).isWaitingAtExactly(CALL_ACTIVITY_TECHNICAL_DEEP_DIVE, CALL_ACTIVITY_DISTRIBUTED_WORK);
        stageAt(loop, CALL_ACTIVITY_TECHNICAL_DEEP_DIVE, InterviewStage.KEY, STAGE_TECHNICAL_DEEP_DIVE);
        stageAt(loop, CALL_ACTIVITY_DISTRIBUTED_WORK, InterviewStage.KEY, STAGE_DISTRIBUTED_WORK);
        completeStage(loop, CALL_ACTIVITY_DISTRIBUTED_WORK);

        assertThat(loop).isWaitingAt(CALL_ACTIVITY_TECHNICAL_DEEP_DIVE).isNotWaitingAt(CALL_ACTIVITY_DISTRIBUTED_WORK,
                CALL_ACTIVITY_HIRING_MANAGER_CONVERSATION);
        completeStage(loop, CALL_ACTIVITY_TECHNICAL_DEEP_DIVE);

        passStage(loop, CALL_ACTIVITY_HIRING_MANAGER_CONVERSATION, InterviewStage.KEY, STAGE_HIRING_MANAGER);

        assertThat(loop).isEnded().hasPassedInOrder(TeamLoop.START_EVENT_LOOP_STARTED, CALL_ACTIVITY_TAKE_HOME,
                GATEWAY_SPLIT_INTERVIEWS, CALL_ACTIVITY_DISTRIBUTED_WORK, CALL_ACTIVITY_TECHNICAL_DEEP_DIVE,
                GATEWAY_JOIN_INTERVIEWS, CALL_ACTIVITY_HIRING_MANAGER_CONVERSATION, TeamLoop.END_EVENT_LOOP_DONE);
    }
}
