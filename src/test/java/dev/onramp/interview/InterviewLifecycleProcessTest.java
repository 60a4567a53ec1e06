package dev.onramp.interview;

import static dev.onramp.interview.InterviewStage.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import dev.onramp.ProcessTestEngine;
import dev.onramp.hiring.HiringProcess;
import dev.onramp.hiring.RecordingDelegate;
import dev.onramp.hiring.SlaDatesStub;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The interview's life in {@code interview-stage.bpmn}: held, rescheduled, cancelled, no-show — one test per path. */
@Deployment(resources = InterviewStage.RESOURCE)
class InterviewLifecycleProcessTest {

    @RegisterExtension
    /** Its own paths only; the reminders and the vote window are {@link InterviewStageProcessTest}'s. */
    static ProcessEngineCoverageExtension engine = ProcessTestEngine.coverageBuilder()
            .assertClassCoverageAtLeast(0.5).build();

    private static final Instant BOOKED_AT = Instant.parse("2026-11-30T09:00:00Z");
    private static final Instant INTERVIEW_END = Instant.parse("2026-12-02T16:00:00Z");
    private static final Instant NEW_END = Instant.parse("2026-12-04T11:00:00Z");
    private static final long APPLICATION = 42L;
    private static final long INTERVIEW = 9L;
    private static final List<String> PANEL = List.of("ivan", "priya");

    @BeforeEach
    void registerBeans() {
        ClockUtil.setCurrentTime(Date.from(BOOKED_AT));
        Mocks.register(BEAN_INTERVIEW_PANEL, new InterviewPanelStub(PANEL));
        Mocks.register(BEAN_SLA_DATES, new SlaDatesStub());
        RecordingDelegate.register(BEAN_REMIND_FEEDBACK);
        RecordingDelegate.register(BEAN_FEEDBACK_OVERDUE);
        RecordingDelegate.register(BEAN_REMIND_TASK);
        RecordingDelegate.register(BEAN_ESCALATE_TASK);
    }

    @AfterEach
    void reset() {
        ClockUtil.reset();
        Mocks.reset();
    }

    @Test
    void shouldOpenFeedbackAtOnceWhenTheInterviewIsMarkedHeld() {
        ProcessInstance pi = booked();
        ClockUtil.setCurrentTime(Date.from(INTERVIEW_END.minus(Duration.ofMinutes(20))));

        correlate(MESSAGE_INTERVIEW_HELD, pi);

        assertThat(pi).isWaitingAt(TASK_SUBMIT_FEEDBACK).hasPassed(EVENT_INTERVIEW_HELD)
                .hasNotPassed(END_EVENT_INTERVIEW_OVER);
        assertThat(feedbackTasks(pi)).extracting(Task::getAssignee).containsExactlyInAnyOrderElementsOf(PANEL);
        assertThat(jobQuery().processInstanceId(pi.getId()).activityId(EVENT_INTERVIEW_OVER).count())
                .as("the scheduled end no longer matters").isZero();
    }

    @Test
    void shouldKeepTheScheduledEndAsTheDefaultWayIntoFeedback() {
        ProcessInstance pi = booked();

        ClockUtil.setCurrentTime(Date.from(INTERVIEW_END));
        execute(job(EVENT_INTERVIEW_OVER, pi));

        assertThat(pi).isWaitingAt(TASK_SUBMIT_FEEDBACK).hasPassed(END_EVENT_INTERVIEW_OVER)
                .hasNotPassed(EVENT_INTERVIEW_HELD);
    }

    @Test
    void shouldPlanTheInterviewOverTimerAgainWithTheEndTheRescheduleBrings() {
        ProcessInstance pi = booked();
        assertThat(job(EVENT_INTERVIEW_OVER, pi)).hasDueDate(Date.from(INTERVIEW_END));

        runtimeService().createMessageCorrelation(MESSAGE_INTERVIEW_RESCHEDULED).processInstanceId(pi.getId())
                .setVariable(VAR_INTERVIEW_END, Date.from(NEW_END)).correlate();

        assertThat(pi).hasPassed(EVENT_INTERVIEW_RESCHEDULED, GATEWAY_INTERVIEW_BOOKED).isWaitingAt(EVENT_INTERVIEW_OVER);
        assertThat(job(EVENT_INTERVIEW_OVER, pi)).hasDueDate(Date.from(NEW_END));
        assertThat(jobQuery().processInstanceId(pi.getId()).activityId(EVENT_INTERVIEW_OVER).count()).isEqualTo(1);
        ClockUtil.setCurrentTime(Date.from(NEW_END));
        execute(job(EVENT_INTERVIEW_OVER, pi));
        assertThat(pi).isWaitingAt(TASK_SUBMIT_FEEDBACK);
    }

    @Test
    void shouldEndTheOpenFeedbackTasksAndWaitForTheNewTimeWhenRescheduledAfterTheScheduledEnd() {
        ProcessInstance pi = booked();
        ClockUtil.setCurrentTime(Date.from(INTERVIEW_END));
        execute(job(EVENT_INTERVIEW_OVER, pi));
        assertThat(feedbackTasks(pi)).hasSize(PANEL.size());

        runtimeService().createMessageCorrelation(MESSAGE_INTERVIEW_RESCHEDULED).processInstanceId(pi.getId())
                .setVariable(VAR_INTERVIEW_END, Date.from(NEW_END)).correlate();

        assertThat(feedbackTasks(pi)).isEmpty();
        assertThat(pi).isWaitingAt(EVENT_INTERVIEW_OVER);
        assertThat(jobQuery().processInstanceId(pi.getId()).activityId(TIMER_VOTE_WINDOW_CLOSED).count())
                .as("the feedback timers go with their tasks").isZero();
    }

    @Test
    void shouldEndThePanelsOpenFeedbackTasksAndGoBackToSchedulingWhenCancelled() {
        ProcessInstance pi = booked();
        correlate(MESSAGE_INTERVIEW_HELD, pi);
        assertThat(feedbackTasks(pi)).hasSize(PANEL.size());

        correlate(MESSAGE_INTERVIEW_CANCELLED, pi);

        assertThat(feedbackTasks(pi)).isEmpty();
        assertThat(pi).hasPassed(EVENT_INTERVIEW_CANCELLED, GATEWAY_TO_SCHEDULE).isWaitingAtExactly(TASK_SCHEDULE_INTERVIEW);
        assertThat(jobQuery().processInstanceId(pi.getId()).activityId(TIMER_SCHEDULE_INTERVIEW_REMINDER).count())
                .as("scheduling has its follow-ups again").isEqualTo(1);
        complete(task(TASK_SCHEDULE_INTERVIEW, pi), withVariables(VAR_INTERVIEW_ID, INTERVIEW + 1,
                VAR_INTERVIEW_END, Date.from(NEW_END)));
        assertThat(pi).isWaitingAt(EVENT_INTERVIEW_OVER);
        assertThat(job(EVENT_INTERVIEW_OVER, pi)).hasDueDate(Date.from(NEW_END));
    }

    @Test
    void shouldScheduleAgainAfterANoShowWhenTheRecruiterSaysSo() {
        ProcessInstance pi = booked();
        ClockUtil.setCurrentTime(Date.from(INTERVIEW_END));
        execute(job(EVENT_INTERVIEW_OVER, pi));

        runtimeService().createMessageCorrelation(MESSAGE_INTERVIEW_NO_SHOW).processInstanceId(pi.getId())
                .setVariable(VAR_NO_SHOW_THEN, NO_SHOW_RESCHEDULE).correlate();

        assertThat(feedbackTasks(pi)).isEmpty();
        assertThat(pi).hasPassedInOrder(EVENT_INTERVIEW_NO_SHOW, GATEWAY_AFTER_NO_SHOW)
                .isWaitingAtExactly(TASK_SCHEDULE_INTERVIEW);
    }

    @Test
    void shouldEndTheStageWithoutFeedbackAfterANoShowWhenTheRecruiterSaysSo() {
        ProcessInstance pi = booked();

        runtimeService().createMessageCorrelation(MESSAGE_INTERVIEW_NO_SHOW).processInstanceId(pi.getId())
                .setVariable(VAR_NO_SHOW_THEN, NO_SHOW_END).correlate();

        assertThat(pi).isEnded().hasPassedInOrder(EVENT_INTERVIEW_NO_SHOW, GATEWAY_AFTER_NO_SHOW,
                END_EVENT_STAGE_ENDED_AFTER_NO_SHOW).hasNotPassed(TASK_SUBMIT_FEEDBACK, END_EVENT_STAGE_DONE);
    }

    @Test
    void shouldNotTakeAHeldMessageOnceFeedbackIsOpen() {
        ProcessInstance pi = booked();
        correlate(MESSAGE_INTERVIEW_HELD, pi);

        assertThat(runtimeService().createEventSubscriptionQuery().processInstanceId(pi.getId())
                .eventName(MESSAGE_INTERVIEW_HELD).count()).isZero();
        assertThat(runtimeService().createEventSubscriptionQuery().processInstanceId(pi.getId())
                .eventName(MESSAGE_INTERVIEW_CANCELLED).count()).isEqualTo(1);
    }

    private ProcessInstance booked() {
        ProcessInstance pi = runtimeService().startProcessInstanceByKey(KEY, HiringProcess.businessKey(APPLICATION),
                withVariables(VAR_APPLICATION_ID, APPLICATION, VAR_STAGE_KEY, "technical-deep-dive",
                        VAR_STAGE_NAME, "Technical deep-dive"));
        complete(task(TASK_SCHEDULE_INTERVIEW, pi),
                withVariables(VAR_INTERVIEW_ID, INTERVIEW, VAR_INTERVIEW_END, Date.from(INTERVIEW_END)));
        assertThat(pi).isWaitingAt(EVENT_INTERVIEW_OVER);
        return pi;
    }

    private static void correlate(String message, ProcessInstance pi) {
        runtimeService().createMessageCorrelation(message).processInstanceId(pi.getId()).correlate();
    }

    private static List<Task> feedbackTasks(ProcessInstance pi) {
        return taskQuery().processInstanceId(pi.getId()).taskDefinitionKey(TASK_SUBMIT_FEEDBACK).list();
    }
}
