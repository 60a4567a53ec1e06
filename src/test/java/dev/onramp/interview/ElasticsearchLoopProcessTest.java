package dev.onramp.interview;

import static dev.onramp.interview.ElasticsearchLoop.*;
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

/** Elasticsearch: take-home review, then deep-dive and distributed-work talk in parallel, then the hiring manager. */
@Deployment(resources = {ElasticsearchLoop.RESOURCE, InterviewStage.RESOURCE, TakeHomeStage.RESOURCE})
class ElasticsearchLoopProcessTest {

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
    void shouldReviewTheTakeHomeThenInterviewInParallelThenMeetTheHiringManager() {
        ProcessInstance loop = startLoop(KEY);

        assertThat(loop).isWaitingAtExactly(CALL_ACTIVITY_TAKE_HOME);
        stageAt(loop, CALL_ACTIVITY_TAKE_HOME, TakeHomeStage.KEY, STAGE_TAKE_HOME);
        completeStage(loop, CALL_ACTIVITY_TAKE_HOME);

        assertThat(loop).isWaitingAtExactly(CALL_ACTIVITY_TECHNICAL_DEEP_DIVE, CALL_ACTIVITY_DISTRIBUTED_WORK);
        stageAt(loop, CALL_ACTIVITY_TECHNICAL_DEEP_DIVE, InterviewStage.KEY, STAGE_TECHNICAL_DEEP_DIVE);
        stageAt(loop, CALL_ACTIVITY_DISTRIBUTED_WORK, InterviewStage.KEY, STAGE_DISTRIBUTED_WORK);
        completeStage(loop, CALL_ACTIVITY_DISTRIBUTED_WORK);

        assertThat(loop).isWaitingAt(CALL_ACTIVITY_TECHNICAL_DEEP_DIVE).isNotWaitingAt(CALL_ACTIVITY_DISTRIBUTED_WORK,
                CALL_ACTIVITY_HIRING_MANAGER_CONVERSATION);
        completeStage(loop, CALL_ACTIVITY_TECHNICAL_DEEP_DIVE);

        assertThat(loop).isWaitingAtExactly(CALL_ACTIVITY_HIRING_MANAGER_CONVERSATION);
        stageAt(loop, CALL_ACTIVITY_HIRING_MANAGER_CONVERSATION, InterviewStage.KEY, STAGE_HIRING_MANAGER);
        completeStage(loop, CALL_ACTIVITY_HIRING_MANAGER_CONVERSATION);

        assertThat(loop).isEnded().hasPassedInOrder(TeamLoop.START_EVENT_LOOP_STARTED, CALL_ACTIVITY_TAKE_HOME,
                GATEWAY_SPLIT_INTERVIEWS, CALL_ACTIVITY_DISTRIBUTED_WORK, CALL_ACTIVITY_TECHNICAL_DEEP_DIVE,
                GATEWAY_JOIN_INTERVIEWS, CALL_ACTIVITY_HIRING_MANAGER_CONVERSATION, TeamLoop.END_EVENT_LOOP_DONE);
    }
}
