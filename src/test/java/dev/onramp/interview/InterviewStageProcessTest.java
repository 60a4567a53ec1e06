package dev.onramp.interview;

import static dev.onramp.interview.InterviewStage.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import dev.onramp.hiring.HiringProcess;
import dev.onramp.hiring.RecordingDelegate;
import dev.onramp.people.Role;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import dev.onramp.ProcessTestEngine;
import dev.onramp.hiring.SlaDatesStub;
import java.time.Duration;
import dev.onramp.hiring.TaskDeadlines;
import dev.onramp.hiring.SlaProperties;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = InterviewStage.RESOURCE)
class InterviewStageProcessTest {

    @RegisterExtension
    /** The interview's life (held, rescheduled, cancelled, no-show) is {@link InterviewLifecycleProcessTest}'s. */
    static ProcessEngineCoverageExtension engine = ProcessTestEngine.coverageBuilder()
            .assertClassCoverageAtLeast(0.8).build();

    private static final Instant SCHEDULED_AT = Instant.parse("2026-11-30T09:00:00Z");
    private static final Instant INTERVIEW_END = Instant.parse("2026-12-02T16:00:00Z");
    private static final long APPLICATION = 42L;
    private static final long INTERVIEW = 9L;
    private static final List<String> PANEL = List.of("ivan", "priya");

    private InterviewPanelStub interviewPanel;
    private RecordingDelegate remindFeedback;
    private RecordingDelegate feedbackOverdue;

    @BeforeEach
    void registerBeans() {
        ClockUtil.setCurrentTime(Date.from(SCHEDULED_AT));
        interviewPanel = new InterviewPanelStub(PANEL);
        Mocks.register(BEAN_INTERVIEW_PANEL, interviewPanel);
        Mocks.register(BEAN_SLA_DATES, new SlaDatesStub());
        remindFeedback = RecordingDelegate.register(BEAN_REMIND_FEEDBACK);
        feedbackOverdue = RecordingDelegate.register(BEAN_FEEDBACK_OVERDUE);
    }

    @AfterEach
    void reset() {
        ClockUtil.reset();
        Mocks.reset();
    }

    @Test
    void shouldAskThePanelForFeedbackOnceTheInterviewIsOver() {
        ProcessInstance pi = startStage();

        assertThat(pi).isWaitingAtExactly(TASK_SCHEDULE_INTERVIEW);
        assertThat(task())
                .hasName("Schedule interview: Technical deep-dive")
                .hasCandidateGroup(Role.RECRUITER.groupId())
                .hasFormKey(FORM_SCHEDULE);
        complete(task(), withVariables(VAR_INTERVIEW_ID, INTERVIEW, VAR_INTERVIEW_END, Date.from(INTERVIEW_END)));

        assertThat(pi).isWaitingAtExactly(SUB_PROCESS_INTERVIEW, SUB_PROCESS_AWAIT_INTERVIEW, EVENT_INTERVIEW_OVER);
        assertThat(job()).hasDueDate(Date.from(INTERVIEW_END));
        ClockUtil.setCurrentTime(Date.from(INTERVIEW_END));
        execute(job());

        assertThat(pi).isWaitingAt(TASK_SUBMIT_FEEDBACK);
        assertThat(interviewPanel.askedFor()).as("the engine may ask more than once")
                .isNotEmpty().containsOnly(INTERVIEW);
        List<Task> feedback = feedbackTasks(pi);
        assertThat(feedback).extracting(Task::getAssignee).containsExactlyInAnyOrderElementsOf(PANEL);
        assertThat(feedback).allSatisfy(task -> assertThat(task).hasName("Feedback: Technical deep-dive")
                .hasFormKey(FORM_FEEDBACK));
        assertThat(runtimeService().getVariables(pi.getId()).values())
                .as("the panel is asked for, never stored")
                .noneMatch(Collection.class::isInstance);

        feedback.forEach(task -> complete(task));
        assertThat(jobQuery().processInstanceId(pi.getId()).messages().count())
                .as("each interviewer's feedback is counted in its own job").isEqualTo(PANEL.size());
        executeFeedbackBookkeeping(pi);

        assertThat(pi).isEnded().hasPassedInOrder(START_EVENT_STAGE_STARTED, TASK_SCHEDULE_INTERVIEW,
                EVENT_INTERVIEW_OVER, TASK_SUBMIT_FEEDBACK, END_EVENT_STAGE_DONE);
        assertThat(remindFeedback.calls()).isEmpty();
        assertThat(feedbackOverdue.calls()).isEmpty();
    }

    @Test
    void shouldRemindInterviewersAnHourAfterTheInterview() {
        ProcessInstance pi = startStageUntilFeedback();

        ClockUtil.setCurrentTime(Date.from(INTERVIEW_END.plus(FEEDBACK_REMINDER_AFTER)));
        execute(job(TIMER_FEEDBACK_REMINDER));

        assertThat(pi).hasPassedInOrder(TIMER_FEEDBACK_REMINDER, TASK_REMIND_INTERVIEWERS, END_EVENT_REMINDER_SENT)
                .isWaitingAt(TASK_SUBMIT_FEEDBACK);
        assertThat(feedbackTasks(pi)).hasSize(PANEL.size());
        assertThat(remindFeedback.calls()).singleElement().satisfies(call -> {
            assertThat(call.activityId()).isEqualTo(TASK_REMIND_INTERVIEWERS);
            assertThat(call.variables()).containsEntry(VAR_INTERVIEW_ID, INTERVIEW)
                    .containsEntry(VAR_APPLICATION_ID, APPLICATION)
                    .containsEntry(VAR_STAGE_KEY, "technical-deep-dive");
        });
        assertThat(jobQuery().activityId(TIMER_FEEDBACK_REMINDER).count()).as("an hour, once").isZero();
    }

    @Test
    void shouldRemindInterviewersEveryDayUntilTheyHaveSubmitted() {
        ProcessInstance pi = startStageUntilFeedback();

        ClockUtil.setCurrentTime(Date.from(INTERVIEW_END.plus(FEEDBACK_DAILY_REMINDER_EVERY)));
        execute(job(TIMER_FEEDBACK_DAILY_REMINDER));
        Job nextDay = job(TIMER_FEEDBACK_DAILY_REMINDER);
        assertThat(nextDay).hasDueDate(Date.from(INTERVIEW_END.plus(FEEDBACK_DAILY_REMINDER_EVERY.multipliedBy(2))));
        ClockUtil.setCurrentTime(nextDay.getDuedate());
        execute(nextDay);

        assertThat(pi).hasPassed(TASK_REMIND_INTERVIEWERS_DAILY, END_EVENT_DAILY_REMINDER_SENT)
                .isWaitingAt(TASK_SUBMIT_FEEDBACK);
        assertThat(remindFeedback.calls()).hasSize(2).allSatisfy(call -> {
            assertThat(call.activityId()).isEqualTo(TASK_REMIND_INTERVIEWERS_DAILY);
            assertThat(call.variables()).containsEntry(VAR_INTERVIEW_ID, INTERVIEW);
        });
        assertThat(feedbackTasks(pi)).hasSize(PANEL.size());
    }

    @Test
    void shouldCloseTheVoteWindowAfter72HoursAndTellTheRecruiterWhatIsMissing() {
        ProcessInstance pi = startStageUntilFeedback();
        complete(feedbackTasks(pi).get(0));
        executeFeedbackBookkeeping(pi);
        assertThat(feedbackTasks(pi)).hasSize(1);

        ClockUtil.setCurrentTime(Date.from(INTERVIEW_END.plus(VOTE_WINDOW)));
        execute(job(TIMER_VOTE_WINDOW_CLOSED));

        assertThat(pi).isEnded().hasPassedInOrder(TIMER_VOTE_WINDOW_CLOSED, TASK_TELL_RECRUITER_FEEDBACK_MISSING,
                END_EVENT_VOTE_WINDOW_CLOSED).hasNotPassed(END_EVENT_FEEDBACK_COMPLETE);
        assertThat(taskQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThat(feedbackOverdue.calls()).singleElement().satisfies(call -> {
            assertThat(call.activityId()).isEqualTo(TASK_TELL_RECRUITER_FEEDBACK_MISSING);
            assertThat(call.variables()).containsEntry(VAR_INTERVIEW_ID, INTERVIEW)
                    .containsEntry(VAR_APPLICATION_ID, APPLICATION);
        });
    }

    @Test
    void shouldMakeEveryInterviewersFeedbackDueAnHourAfterTheInterviewEnds() {
        ProcessInstance pi = startStageUntilFeedback();

        assertThat(feedbackTasks(pi)).hasSize(PANEL.size()).allSatisfy(feedback -> assertThat(feedback)
                .hasDueDate(Date.from(INTERVIEW_END.plus(FEEDBACK_REMINDER_AFTER))));
    }

    @Test
    void shouldMakeTheSchedulingDueTwoWorkingDaysAfterTheStageOpensAndThenRemindItsGroup() {
        RecordingDelegate remindTask = RecordingDelegate.register(BEAN_REMIND_TASK);
        RecordingDelegate.register(BEAN_ESCALATE_TASK);
        ProcessInstance pi = startStage();

        Date due = Date.from(SCHEDULED_AT.plus(Duration.ofDays(SlaDatesStub.dueDays(SlaProperties.SCHEDULE_INTERVIEW))));
        assertThat(due).isEqualTo(Date.from(SCHEDULED_AT.plus(Duration.ofDays(2))));
        assertThat(task(TASK_SCHEDULE_INTERVIEW, pi)).hasDueDate(due);
        assertThat(job(TIMER_SCHEDULE_INTERVIEW_REMINDER, pi)).hasDueDate(due);
        ClockUtil.setCurrentTime(due);
        execute(job(TIMER_SCHEDULE_INTERVIEW_REMINDER, pi));

        assertThat(pi).isWaitingAtExactly(TASK_SCHEDULE_INTERVIEW).hasPassedInOrder(TIMER_SCHEDULE_INTERVIEW_REMINDER, TASK_REMIND_SCHEDULE_INTERVIEW,
                END_EVENT_SCHEDULE_INTERVIEW_REMINDED).hasNotPassed(TASK_ESCALATE_SCHEDULE_INTERVIEW);
        assertThat(remindTask.calls()).singleElement().satisfies(call -> assertThat(call.variables())
                .containsEntry(TaskDeadlines.INPUT_TASK, TASK_SCHEDULE_INTERVIEW)
                .containsEntry(TaskDeadlines.INPUT_MESSAGE, "notification.scheduleInterview.reminder"));
    }

    @Test
    void shouldTellTheHiringManagerWhenTheSchedulingIsStillOpenFourWorkingDaysAfterTheStageOpens() {
        RecordingDelegate.register(BEAN_REMIND_TASK);
        RecordingDelegate escalateTask = RecordingDelegate.register(BEAN_ESCALATE_TASK);
        ProcessInstance pi = startStage();

        Date escalation = Date.from(SCHEDULED_AT.plus(Duration.ofDays(SlaDatesStub.escalationDays(SlaProperties.SCHEDULE_INTERVIEW))));
        assertThat(escalation).isEqualTo(Date.from(SCHEDULED_AT.plus(Duration.ofDays(4))));
        assertThat(job(TIMER_SCHEDULE_INTERVIEW_ESCALATION, pi)).hasDueDate(escalation);
        ClockUtil.setCurrentTime(escalation);
        execute(job(TIMER_SCHEDULE_INTERVIEW_REMINDER, pi));
        execute(job(TIMER_SCHEDULE_INTERVIEW_ESCALATION, pi));

        assertThat(pi).isWaitingAtExactly(TASK_SCHEDULE_INTERVIEW).hasPassedInOrder(TIMER_SCHEDULE_INTERVIEW_ESCALATION, TASK_ESCALATE_SCHEDULE_INTERVIEW,
                END_EVENT_SCHEDULE_INTERVIEW_ESCALATED);
        assertThat(escalateTask.calls()).singleElement().satisfies(call -> assertThat(call.variables())
                .containsEntry(TaskDeadlines.INPUT_TASK, TASK_SCHEDULE_INTERVIEW)
                .containsEntry(TaskDeadlines.INPUT_MESSAGE, "notification.scheduleInterview.escalated")
                .containsEntry(TaskDeadlines.INPUT_TELL, TaskDeadlines.TELL_HIRING_MANAGER));
        assertThat(jobQuery().processInstanceId(pi.getId()).timers().count()).as("both follow-ups are done").isZero();
    }

    private ProcessInstance startStage() {
        return runtimeService().startProcessInstanceByKey(KEY, HiringProcess.businessKey(APPLICATION),
                withVariables(VAR_APPLICATION_ID, APPLICATION, VAR_STAGE_KEY, "technical-deep-dive",
                        VAR_STAGE_NAME, "Technical deep-dive"));
    }

    private ProcessInstance startStageUntilFeedback() {
        ProcessInstance pi = startStage();
        complete(task(TASK_SCHEDULE_INTERVIEW, pi),
                withVariables(VAR_INTERVIEW_ID, INTERVIEW, VAR_INTERVIEW_END, Date.from(INTERVIEW_END)));
        ClockUtil.setCurrentTime(Date.from(INTERVIEW_END));
        execute(job(EVENT_INTERVIEW_OVER, pi));
        assertThat(pi).isWaitingAt(TASK_SUBMIT_FEEDBACK);
        return pi;
    }

    private static List<Task> feedbackTasks(ProcessInstance pi) {
        return taskQuery().processInstanceId(pi.getId()).taskDefinitionKey(TASK_SUBMIT_FEEDBACK).list();
    }

    /** Each submitted feedback is counted in its own job (asyncAfter), as the job executor would. */
    private static void executeFeedbackBookkeeping(ProcessInstance pi) {
        jobQuery().processInstanceId(pi.getId()).messages().list().forEach(job -> execute(job));
    }
}
