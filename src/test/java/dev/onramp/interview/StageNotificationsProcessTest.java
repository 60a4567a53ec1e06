package dev.onramp.interview;

import static dev.onramp.interview.InterviewStage.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.onramp.ProcessTestEngine;
import dev.onramp.hiring.Application;
import dev.onramp.hiring.ApplicationRepository;
import dev.onramp.hiring.HiringProcess;
import dev.onramp.hiring.Requisition;
import dev.onramp.hiring.RequisitionRepository;
import dev.onramp.hiring.SlaDatesStub;
import dev.onramp.people.Person;
import dev.onramp.people.PersonRepository;
import dev.onramp.people.Role;
import dev.onramp.tasklist.Notifications;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

/**
 * The feedback reminders and the overdue notices of a live stage and a take-home, with the real delegates on the real stage
 * model; the panel bean and the repositories are stand-ins (the scheduling form and its panel are not ours).
 */
@Deployment(resources = {InterviewStage.RESOURCE, TakeHomeStage.RESOURCE})
class StageNotificationsProcessTest {

    /** No coverage gate: the stage's paths are InterviewStageProcessTest's; this is about the delegates. */
    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngine.coverageBuilder().build();

    private static final Instant INTERVIEW_END = Instant.parse("2026-12-02T16:00:00Z");
    private static final long APPLICATION = 42L;
    private static final long REQUISITION = 7L;
    private static final String TITLE = "Golang Developer \u2014 Beats";
    private static final Person RITA = person(1, "rita", Role.RECRUITER);
    private static final Person RAFAEL = person(2, "rafael", Role.RECRUITER);
    private static final Person IVAN = person(11, "ivan", Role.INTERVIEWER);
    private static final Person PRIYA = person(12, "priya", Role.INTERVIEWER);

    private final ApplicationRepository applications = mock(ApplicationRepository.class);
    private final RequisitionRepository requisitions = mock(RequisitionRepository.class);
    private final PersonRepository people = mock(PersonRepository.class);
    private final Notifications notifications = mock(Notifications.class);
    private final InterviewRepository interviews = mock(InterviewRepository.class);

    @BeforeEach
    void registerBeans() {
        ClockUtil.setCurrentTime(Date.from(INTERVIEW_END.minusSeconds(86_400)));
        when(applications.get(APPLICATION)).thenReturn(new Application(APPLICATION, REQUISITION, "Ada Lovelace",
                "ada@example.com", "Europe/London", "GB", null, Application.Source.REFERRAL, Application.Status.ACTIVE,
                null, null, null, 1, Instant.EPOCH, null, null));
        when(requisitions.get(REQUISITION)).thenReturn(new Requisition(REQUISITION, 3, TITLE, 5, "Anywhere", 1, "",
                Requisition.Status.OPEN, 1, Instant.EPOCH, null, null));
        for (Person p : List.of(RITA, RAFAEL, IVAN, PRIYA)) {
            when(people.findByUsername(p.username())).thenReturn(Optional.of(p));
        }
        when(people.findByRole(Role.RECRUITER)).thenReturn(List.of(RAFAEL, RITA));

        StageNotices notices = new StageNotices(applications, requisitions, people);
        Mocks.register(BEAN_INTERVIEW_PANEL, new InterviewPanelStub(List.of(IVAN.username(), PRIYA.username())));
        Mocks.register(InterviewStage.BEAN_SLA_DATES, new SlaDatesStub());
        Mocks.register(BEAN_REMIND_FEEDBACK, new RemindFeedback(notices, people, notifications, taskService()));
        Mocks.register(BEAN_FEEDBACK_OVERDUE, new FeedbackOverdue(notices, notifications, interviews));
        Mocks.register(TakeHomeStage.BEAN_TAKE_HOME_OVERDUE, new TakeHomeOverdue(notices, notifications));
    }

    @AfterEach
    void reset() {
        ClockUtil.reset();
        Mocks.reset();
    }

    @Test
    void shouldRemindOnlyTheInterviewersWhoHaveNotSubmittedWithALinkToTheirOwnTask() {
        ProcessInstance pi = startStageUntilFeedback();
        complete(feedbackTask(pi, IVAN.username()));
        Task priyas = feedbackTask(pi, PRIYA.username());

        execute(job(TIMER_FEEDBACK_REMINDER));

        verify(notifications).notifyAndMail(List.of(PRIYA.id()), "notification.feedback.reminder", "/tasks/" + priyas.getId(),
                "Technical deep-dive", TITLE);
        verify(notifications, never()).notifyAndMail(eq(List.of(IVAN.id())), anyString(), any(), any(Object[].class));
    }

    @Test
    void shouldRemindEveryInterviewerDailyWhileNobodyHasSubmitted() {
        ProcessInstance pi = startStageUntilFeedback();

        execute(job(TIMER_FEEDBACK_DAILY_REMINDER));

        verify(notifications).notifyAndMail(List.of(IVAN.id()), "notification.feedback.reminder",
                "/tasks/" + feedbackTask(pi, IVAN.username()).getId(), "Technical deep-dive", TITLE);
        verify(notifications).notifyAndMail(List.of(PRIYA.id()), "notification.feedback.reminder",
                "/tasks/" + feedbackTask(pi, PRIYA.username()).getId(), "Technical deep-dive", TITLE);
    }

    @Test
    void shouldTellTheRecruitersAndMarkTheInterviewDoneWhenTheVoteWindowClosesWithFeedbackMissing() {
        ProcessInstance pi = startStageUntilFeedback();

        execute(job(TIMER_VOTE_WINDOW_CLOSED));

        verify(notifications).notify(List.of(RAFAEL.id(), RITA.id()), "notification.feedback.overdue",
                "/applications/" + APPLICATION, "Technical deep-dive", TITLE, APPLICATION);
        verify(notifications, never()).notifyAndMail(any(), eq("notification.feedback.reminder"), any(), any(Object[].class));
        verify(interviews).setStatus(9L, Interview.Status.SCHEDULED, Interview.Status.DONE);
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(pi).isEnded();
    }

    @Test
    void shouldTellTheRecruitersWhenATakeHomeIsLate() {
        Instant due = INTERVIEW_END;
        ProcessInstance pi = runtimeService().startProcessInstanceByKey(TakeHomeStage.KEY,
                HiringProcess.businessKey(APPLICATION), withVariables(VAR_APPLICATION_ID, APPLICATION,
                        VAR_REQUISITION_ID, REQUISITION, VAR_STAGE_KEY, "take-home", VAR_STAGE_NAME, "A small Beat in Go"));
        complete(task(TakeHomeStage.TASK_SEND_TAKE_HOME, pi),
                withVariables(TakeHomeStage.VAR_TAKE_HOME_DUE, Date.from(due), VAR_INTERVIEW_ID, 9L));
        ClockUtil.setCurrentTime(Date.from(due));

        execute(job(TakeHomeStage.TIMER_TAKE_HOME_DUE, pi));

        verify(notifications).notify(List.of(RAFAEL.id(), RITA.id()), "notification.takehome.late",
                "/applications/" + APPLICATION, "A small Beat in Go", TITLE, APPLICATION);
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(pi).isEnded();
    }

    private ProcessInstance startStageUntilFeedback() {
        ProcessInstance pi = runtimeService().startProcessInstanceByKey(KEY, HiringProcess.businessKey(APPLICATION),
                withVariables(VAR_APPLICATION_ID, APPLICATION, VAR_REQUISITION_ID, REQUISITION, VAR_TEAM, "beats",
                        VAR_HIRING_MANAGER, "hank", VAR_STAGE_KEY, "technical-deep-dive",
                        VAR_STAGE_NAME, "Technical deep-dive"));
        complete(task(TASK_SCHEDULE_INTERVIEW, pi),
                withVariables(VAR_INTERVIEW_ID, 9L, VAR_INTERVIEW_END, Date.from(INTERVIEW_END)));
        ClockUtil.setCurrentTime(Date.from(INTERVIEW_END));
        execute(job(EVENT_INTERVIEW_OVER, pi));
        return pi;
    }

    private static Task feedbackTask(ProcessInstance pi, String interviewer) {
        return taskQuery().processInstanceId(pi.getId()).taskDefinitionKey(TASK_SUBMIT_FEEDBACK)
                .taskAssignee(interviewer).singleResult();
    }

    private static Person person(long id, String username, Role role) {
        return new Person(id, username, username, username + "@onramp.example", ZoneId.of("UTC"), "DE", null, null,
                null, null, null, false, null, null, Set.of(role));
    }
}
