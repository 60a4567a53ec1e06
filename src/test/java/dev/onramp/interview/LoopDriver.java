package dev.onramp.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import dev.onramp.ProcessTestEngine;
import dev.onramp.hiring.HiringProcess;
import dev.onramp.hiring.SlaDatesStub;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Drives a team's loop in tests with the real stage processes: each stage is scheduled (or sent), held (or
 * submitted) and gets all its feedback, the way recruiters, candidates and interviewers would. Every stage
 * ends a day later than the one before, so the history reads in order.
 */
final class LoopDriver {

    static final long APPLICATION = 42L;
    static final long REQUISITION = 7L;
    static final String TEAM = "beats";
    static final String HIRING_MANAGER = "hank";
    static final List<String> PANEL = List.of("ivan", "priya");
    private static final Instant MONDAY_MORNING = Instant.parse("2026-11-30T09:00:00Z");
    private static final Duration A_DAY = Duration.ofDays(1);

    private static long nextInterviewId = 100;

    private LoopDriver() {
    }

    /**
     * The engine for a loop's test, with its coverage gate: the stages are real and driven here, but covered by
     * their own tests.
     */
    static ProcessEngineCoverageExtension coverage() {
        return ProcessTestEngine.coverageBuilder()
                .assertClassCoverageAtLeast(ProcessTestEngine.MIN_COVERAGE)
                .excludeProcessDefinitionKeys(InterviewStage.KEY, TakeHomeStage.KEY)
                .build();
    }

    /** {@link #setUp()} before and {@link #tearDown()} after each test: {@code @ExtendWith(LoopDriver.Reset.class)}. */
    static final class Reset implements BeforeEachCallback, AfterEachCallback {

        @Override
        public void beforeEach(ExtensionContext context) {
            setUp();
        }

        @Override
        public void afterEach(ExtensionContext context) {
            tearDown();
        }
    }

    /** Sets the clock to a Monday morning and registers the beans the stages call. */
    static void setUp() {
        ClockUtil.setCurrentTime(Date.from(MONDAY_MORNING));
        Mocks.register(InterviewStage.BEAN_INTERVIEW_PANEL, new InterviewPanelStub(PANEL));
        Mocks.register(InterviewStage.BEAN_SLA_DATES, new SlaDatesStub());
    }

    static void tearDown() {
        ClockUtil.reset();
        Mocks.reset();
    }

    /**
     * The loop waits at exactly this one stage: the stage runs with the given process and key, and is driven to its
     * end.
     */
    static void passStage(ProcessInstance loop, String callActivityId, String stageProcessKey, String stageKey) {
        assertThat(loop).isWaitingAtExactly(callActivityId);
        stageAt(loop, callActivityId, stageProcessKey, stageKey);
        completeStage(loop, callActivityId);
    }

    /** Starts a loop as the hiring process calls it. */
    static ProcessInstance startLoop(String loopKey) {
        return runtimeService().startProcessInstanceByKey(loopKey, HiringProcess.businessKey(APPLICATION),
                HiringProcess.startVariables(APPLICATION, REQUISITION, TEAM, loopKey, HIRING_MANAGER));
    }

    /** The stage instances a loop's call activity runs now: one, or one per seat of a multi-instance stage. */
    static List<ProcessInstance> stagesAt(ProcessInstance loop, String callActivityId) {
        return historyService().createHistoricActivityInstanceQuery()
                .processInstanceId(loop.getId())
                .activityId(callActivityId)
                .unfinished()
                .orderPartiallyByOccurrence().asc()
                .list().stream()
                .map(HistoricActivityInstance::getCalledProcessInstanceId)
                .map(id -> processInstanceQuery().processInstanceId(id).singleResult())
                .toList();
    }

    /** The one stage a call activity runs now, checked to be the right stage process with the loop's variables. */
    static ProcessInstance stageAt(ProcessInstance loop, String callActivityId, String stageProcessKey,
                                   String stageKey) {
        List<ProcessInstance> stages = stagesAt(loop, callActivityId);
        assertThat(stages).hasSize(1);
        ProcessInstance stage = stages.get(0);
        assertStage(stage, stageProcessKey, stageKey);
        return stage;
    }

    static void assertStage(ProcessInstance stage, String stageProcessKey, String stageKey) {
        assertThat(stage).hasProcessDefinitionKey(stageProcessKey)
                .hasBusinessKey(HiringProcess.businessKey(APPLICATION));
        assertThat(stage).variables()
                .containsEntry(InterviewStage.VAR_STAGE_KEY, stageKey)
                .containsKey(InterviewStage.VAR_STAGE_NAME)
                .containsEntry(InterviewStage.VAR_APPLICATION_ID, APPLICATION)
                .containsEntry(InterviewStage.VAR_REQUISITION_ID, REQUISITION)
                .containsEntry(InterviewStage.VAR_TEAM, TEAM)
                .containsEntry(InterviewStage.VAR_HIRING_MANAGER, HIRING_MANAGER);
    }

    /** Completes every stage the loop's call activity runs now, and lets the loop move on. */
    static void completeStage(ProcessInstance loop, String callActivityId) {
        List<ProcessInstance> stages = stagesAt(loop, callActivityId);
        assertThat(stages).as("stages running at %s", callActivityId).isNotEmpty();
        stages.forEach(LoopDriver::completeStage);
    }

    /** Completes one stage instance, whichever kind it is, and lets its loop move on. */
    static void completeStage(ProcessInstance stage) {
        Instant later = ClockUtil.getCurrentTime().toInstant().plus(A_DAY);
        long interviewId = nextInterviewId++;
        if (stage.getProcessDefinitionId().startsWith(TakeHomeStage.KEY + ":")) {
            complete(task(TakeHomeStage.TASK_SEND_TAKE_HOME, stage), withVariables(
                    TakeHomeStage.VAR_TAKE_HOME_DUE, Date.from(later.plus(A_DAY.multipliedBy(5))),
                    TakeHomeStage.VAR_INTERVIEW_ID, interviewId));
            ClockUtil.setCurrentTime(Date.from(later));
            runtimeService().createMessageCorrelation(TakeHomeStage.MESSAGE_TAKE_HOME_SUBMITTED)
                    .processInstanceId(stage.getId())
                    .correlate();
        } else {
            complete(task(InterviewStage.TASK_SCHEDULE_INTERVIEW, stage), withVariables(
                    InterviewStage.VAR_INTERVIEW_ID, interviewId,
                    InterviewStage.VAR_INTERVIEW_END, Date.from(later)));
            ClockUtil.setCurrentTime(Date.from(later));
            execute(job(InterviewStage.EVENT_INTERVIEW_OVER, stage));
        }
        taskQuery().processInstanceId(stage.getId()).taskDefinitionKey(InterviewStage.TASK_SUBMIT_FEEDBACK).list()
                .forEach(BpmnAwareTests::complete);
        executeAsyncContinuations();
        assertThat(stage).isEnded().hasPassed(InterviewStage.END_EVENT_STAGE_DONE);
    }

    /** Runs what the job executor would run now, except timers: the feedback bookkeeping and the loop's steps. */
    static void executeAsyncContinuations() {
        List<Job> jobs = jobQuery().messages().executable().list();
        while (!jobs.isEmpty()) {
            jobs.forEach(BpmnAwareTests::execute);
            jobs = jobQuery().messages().executable().list();
        }
    }
}
