package dev.onramp.interview;

import static dev.onramp.interview.TakeHomeStage.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import dev.onramp.hiring.HiringProcess;
import dev.onramp.hiring.RecordingDelegate;
import dev.onramp.people.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import dev.onramp.ProcessTestEngine;
import dev.onramp.hiring.SlaDatesStub;
import dev.onramp.hiring.TaskDeadlines;
import dev.onramp.hiring.SlaProperties;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = TakeHomeStage.RESOURCE)
class TakeHomeStageProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngine.withCoverage();

    private static final Instant SENT_AT = Instant.parse("2026-11-30T09:00:00Z");
    /** end of the fifth day in the candidate's zone, as the send form computes it */
    private static final Instant DUE = Instant.parse("2026-12-05T22:59:59Z");
    private static final Instant SUBMITTED_AT = Instant.parse("2026-12-03T18:30:00Z");
    private static final long APPLICATION = 42L;
    private static final long REVIEW = 11L;
    private static final List<String> REVIEWERS = List.of("elena", "erik");

    private RecordingDelegate remindFeedback;
    private RecordingDelegate feedbackOverdue;
    private RecordingDelegate takeHomeOverdue;

    @BeforeEach
    void registerBeans() {
        ClockUtil.setCurrentTime(Date.from(SENT_AT));
        Mocks.register(BEAN_INTERVIEW_PANEL, new InterviewPanelStub(REVIEWERS));
        Mocks.register(BEAN_SLA_DATES, new SlaDatesStub());
        remindFeedback = RecordingDelegate.register(BEAN_REMIND_FEEDBACK);
        feedbackOverdue = RecordingDelegate.register(BEAN_FEEDBACK_OVERDUE);
        takeHomeOverdue = RecordingDelegate.register(BEAN_TAKE_HOME_OVERDUE);
    }

    @AfterEach
    void reset() {
        ClockUtil.reset();
        Mocks.reset();
    }

    @Test
    void shouldAskReviewersForFeedbackOnceTheTakeHomeIsSubmitted() {
        ProcessInstance pi = startStage();

        assertThat(pi).isWaitingAtExactly(TASK_SEND_TAKE_HOME);
        assertThat(task())
                .hasName("Send take-home: Indexing exercise")
                .hasCandidateGroup(Role.RECRUITER.groupId())
                .hasFormKey(FORM_SEND_TAKE_HOME);
        complete(task(), withVariables(VAR_TAKE_HOME_DUE, Date.from(DUE), VAR_INTERVIEW_ID, REVIEW));

        assertThat(pi).isWaitingAtExactly(GATEWAY_AWAIT_TAKE_HOME).isWaitingFor(MESSAGE_TAKE_HOME_SUBMITTED);
        assertThat(job(TIMER_TAKE_HOME_DUE)).hasDueDate(Date.from(DUE));
        submitTakeHome();

        assertThat(pi).isWaitingAt(TASK_SUBMIT_FEEDBACK);
        assertThat(jobQuery().activityId(TIMER_TAKE_HOME_DUE).count()).isZero();
        List<Task> feedback = feedbackTasks(pi);
        assertThat(feedback).extracting(Task::getAssignee).containsExactlyInAnyOrderElementsOf(REVIEWERS);
        assertThat(feedback).allSatisfy(task -> assertThat(task).hasName("Feedback: Indexing exercise")
                .hasFormKey(FORM_FEEDBACK));
        feedback.forEach(task -> complete(task));
        executeFeedbackBookkeeping(pi);

        assertThat(pi).isEnded().hasPassedInOrder(START_EVENT_STAGE_STARTED, TASK_SEND_TAKE_HOME,
                GATEWAY_AWAIT_TAKE_HOME, EVENT_TAKE_HOME_SUBMITTED, TASK_SUBMIT_FEEDBACK, END_EVENT_STAGE_DONE);
        assertThat(takeHomeOverdue.calls()).isEmpty();
    }

    @Test
    void shouldTellTheRecruiterWhenTheTakeHomeIsNotSubmittedByItsDueDate() {
        ProcessInstance pi = startStageUntilSent();

        ClockUtil.setCurrentTime(Date.from(DUE));
        execute(job(TIMER_TAKE_HOME_DUE));

        assertThat(pi).isEnded().hasPassedInOrder(GATEWAY_AWAIT_TAKE_HOME, TIMER_TAKE_HOME_DUE,
                TASK_TELL_RECRUITER_TAKE_HOME_LATE, END_EVENT_TAKE_HOME_MISSED).hasNotPassed(EVENT_TAKE_HOME_SUBMITTED);
        assertThat(takeHomeOverdue.calls()).singleElement().satisfies(call -> {
            assertThat(call.activityId()).isEqualTo(TASK_TELL_RECRUITER_TAKE_HOME_LATE);
            assertThat(call.variables()).containsEntry(VAR_APPLICATION_ID, APPLICATION)
                    .containsEntry(VAR_INTERVIEW_ID, REVIEW)
                    .containsEntry(VAR_STAGE_KEY, "take-home");
        });
        assertThat(runtimeService().createEventSubscriptionQuery().eventName(MESSAGE_TAKE_HOME_SUBMITTED).count())
                .as("a late submission no longer reaches the stage").isZero();
    }

    @Test
    void shouldRemindReviewersAnHourAfterTheSubmission() {
        ProcessInstance pi = startStageUntilFeedback();

        ClockUtil.setCurrentTime(Date.from(SUBMITTED_AT.plus(InterviewStage.FEEDBACK_REMINDER_AFTER)));
        execute(job(TIMER_FEEDBACK_REMINDER));

        assertThat(pi).hasPassedInOrder(TIMER_FEEDBACK_REMINDER, TASK_REMIND_INTERVIEWERS, END_EVENT_REMINDER_SENT)
                .isWaitingAt(TASK_SUBMIT_FEEDBACK);
        assertThat(remindFeedback.calls()).singleElement().satisfies(call -> assertThat(call.variables())
                .containsEntry(VAR_INTERVIEW_ID, REVIEW).containsEntry(VAR_APPLICATION_ID, APPLICATION));
    }

    @Test
    void shouldRemindReviewersEveryDayUntilTheyHaveSubmitted() {
        ProcessInstance pi = startStageUntilFeedback();

        ClockUtil.setCurrentTime(Date.from(SUBMITTED_AT.plus(InterviewStage.FEEDBACK_DAILY_REMINDER_EVERY)));
        execute(job(TIMER_FEEDBACK_DAILY_REMINDER));

        assertThat(pi).hasPassedInOrder(TIMER_FEEDBACK_DAILY_REMINDER, TASK_REMIND_INTERVIEWERS_DAILY,
                END_EVENT_DAILY_REMINDER_SENT).isWaitingAt(TASK_SUBMIT_FEEDBACK);
        assertThat(job(TIMER_FEEDBACK_DAILY_REMINDER)).hasDueDate(
                Date.from(SUBMITTED_AT.plus(InterviewStage.FEEDBACK_DAILY_REMINDER_EVERY.multipliedBy(2))));
        assertThat(remindFeedback.calls()).singleElement()
                .satisfies(call -> assertThat(call.activityId()).isEqualTo(TASK_REMIND_INTERVIEWERS_DAILY));
    }

    @Test
    void shouldCloseTheReviewWindowAfter72Hours() {
        ProcessInstance pi = startStageUntilFeedback();

        ClockUtil.setCurrentTime(Date.from(SUBMITTED_AT.plus(InterviewStage.VOTE_WINDOW)));
        execute(job(TIMER_VOTE_WINDOW_CLOSED));

        assertThat(pi).isEnded().hasPassedInOrder(TIMER_VOTE_WINDOW_CLOSED, TASK_TELL_RECRUITER_FEEDBACK_MISSING,
                END_EVENT_VOTE_WINDOW_CLOSED).hasNotPassed(END_EVENT_STAGE_DONE);
        assertThat(taskQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThat(feedbackOverdue.calls()).singleElement().satisfies(call -> assertThat(call.variables())
                .containsEntry(VAR_INTERVIEW_ID, REVIEW));
    }

    @Test
    void shouldMakeEveryReviewersFeedbackDueAnHourAfterTheSubmission() {
        ProcessInstance pi = startStageUntilFeedback();

        assertThat(feedbackTasks(pi)).hasSize(REVIEWERS.size()).allSatisfy(feedback -> assertThat(feedback)
                .hasDueDate(Date.from(SUBMITTED_AT.plus(InterviewStage.FEEDBACK_REMINDER_AFTER))));
    }

    @Test
    void shouldMakeSendingTheTakeHomeDueTwoWorkingDaysAfterTheStageOpensAndThenRemindItsGroup() {
        RecordingDelegate remindTask = RecordingDelegate.register(BEAN_REMIND_TASK);
        RecordingDelegate.register(BEAN_ESCALATE_TASK);
        ProcessInstance pi = startStage();

        Date due = Date.from(SENT_AT.plus(Duration.ofDays(SlaDatesStub.dueDays(SlaProperties.SEND_TAKE_HOME))));
        assertThat(due).isEqualTo(Date.from(SENT_AT.plus(Duration.ofDays(2))));
        assertThat(task(TASK_SEND_TAKE_HOME, pi)).hasDueDate(due);
        assertThat(job(TIMER_SEND_TAKE_HOME_REMINDER, pi)).hasDueDate(due);
        ClockUtil.setCurrentTime(due);
        execute(job(TIMER_SEND_TAKE_HOME_REMINDER, pi));

        assertThat(pi).isWaitingAtExactly(TASK_SEND_TAKE_HOME).hasPassedInOrder(TIMER_SEND_TAKE_HOME_REMINDER, TASK_REMIND_SEND_TAKE_HOME,
                END_EVENT_SEND_TAKE_HOME_REMINDED).hasNotPassed(TASK_ESCALATE_SEND_TAKE_HOME);
        assertThat(remindTask.calls()).singleElement().satisfies(call -> assertThat(call.variables())
                .containsEntry(TaskDeadlines.INPUT_TASK, TASK_SEND_TAKE_HOME)
                .containsEntry(TaskDeadlines.INPUT_MESSAGE, "notification.sendTakeHome.reminder"));
    }

    @Test
    void shouldTellTheHiringManagerWhenSendingTheTakeHomeIsStillOpenFourWorkingDaysAfterTheStageOpens() {
        RecordingDelegate.register(BEAN_REMIND_TASK);
        RecordingDelegate escalateTask = RecordingDelegate.register(BEAN_ESCALATE_TASK);
        ProcessInstance pi = startStage();

        Date escalation = Date.from(SENT_AT.plus(Duration.ofDays(SlaDatesStub.escalationDays(SlaProperties.SEND_TAKE_HOME))));
        assertThat(escalation).isEqualTo(Date.from(SENT_AT.plus(Duration.ofDays(4))));
        assertThat(job(TIMER_SEND_TAKE_HOME_ESCALATION, pi)).hasDueDate(escalation);
        ClockUtil.setCurrentTime(escalation);
        execute(job(TIMER_SEND_TAKE_HOME_REMINDER, pi));
        execute(job(TIMER_SEND_TAKE_HOME_ESCALATION, pi));

        assertThat(pi).isWaitingAtExactly(TASK_SEND_TAKE_HOME).hasPassedInOrder(TIMER_SEND_TAKE_HOME_ESCALATION, TASK_ESCALATE_SEND_TAKE_HOME,
                END_EVENT_SEND_TAKE_HOME_ESCALATED);
        assertThat(escalateTask.calls()).singleElement().satisfies(call -> assertThat(call.variables())
                .containsEntry(TaskDeadlines.INPUT_TASK, TASK_SEND_TAKE_HOME)
                .containsEntry(TaskDeadlines.INPUT_MESSAGE, "notification.sendTakeHome.escalated")
                .containsEntry(TaskDeadlines.INPUT_TELL, TaskDeadlines.TELL_HIRING_MANAGER));
        assertThat(jobQuery().processInstanceId(pi.getId()).timers().count()).as("both follow-ups are done").isZero();
    }

    private ProcessInstance startStage() {
        return runtimeService().startProcessInstanceByKey(KEY, HiringProcess.businessKey(APPLICATION),
                withVariables(VAR_APPLICATION_ID, APPLICATION, VAR_STAGE_KEY, "take-home",
                        VAR_STAGE_NAME, "Indexing exercise"));
    }

    private ProcessInstance startStageUntilSent() {
        ProcessInstance pi = startStage();
        complete(task(TASK_SEND_TAKE_HOME, pi),
                withVariables(VAR_TAKE_HOME_DUE, Date.from(DUE), VAR_INTERVIEW_ID, REVIEW));
        assertThat(pi).isWaitingAt(GATEWAY_AWAIT_TAKE_HOME);
        return pi;
    }

    private ProcessInstance startStageUntilFeedback() {
        ProcessInstance pi = startStageUntilSent();
        ClockUtil.setCurrentTime(Date.from(SUBMITTED_AT));
        submitTakeHome();
        assertThat(pi).isWaitingAt(TASK_SUBMIT_FEEDBACK);
        assertThat(Duration.between(SUBMITTED_AT, DUE)).isPositive();
        return pi;
    }

    /** What the candidate's upload does: correlate by the application's business key. */
    private static void submitTakeHome() {
        runtimeService().createMessageCorrelation(MESSAGE_TAKE_HOME_SUBMITTED)
                .processInstanceBusinessKey(HiringProcess.businessKey(APPLICATION))
                .correlate();
    }

    private static List<Task> feedbackTasks(ProcessInstance pi) {
        return taskQuery().processInstanceId(pi.getId()).taskDefinitionKey(TASK_SUBMIT_FEEDBACK).list();
    }

    private static void executeFeedbackBookkeeping(ProcessInstance pi) {
        jobQuery().processInstanceId(pi.getId()).messages().list().forEach(job -> execute(job));
    }
}
