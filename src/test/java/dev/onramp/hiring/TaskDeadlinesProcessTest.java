package dev.onramp.hiring;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.onramp.ProcessTestEngine;
import dev.onramp.decision.DecideAndOffer;
import dev.onramp.interview.InterviewStage;
import dev.onramp.interview.TakeHomeStage;
import dev.onramp.people.Person;
import dev.onramp.people.PersonRepository;
import dev.onramp.people.Role;
import dev.onramp.tasklist.Notifications;
import java.time.Duration;
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
 * The one reminder and the one escalation that every person's step shares ({@link TaskDeadlines}), the real beans on
 * the real models: who hears, with which message and link. The repositories and the notifications are stand-ins.
 */
@Deployment(resources = {InterviewStage.RESOURCE, TakeHomeStage.RESOURCE, DecideAndOffer.RESOURCE})
class TaskDeadlinesProcessTest {

    /** No coverage gate: the models' paths are their own tests'; this is about the beans. */
    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngine.coverageBuilder().build();

    private static final Instant OPENED = Instant.parse("2026-11-30T09:00:00Z");
    private static final long APPLICATION = 42L;
    private static final long REQUISITION = 7L;
    private static final String TITLE = "Golang Developer \u2014 Beats";
    private static final Person RITA = person(1, "rita", Role.RECRUITER);
    private static final Person RAFAEL = person(2, "rafael", Role.RECRUITER);
    private static final Person HANK = person(3, "hank", Role.HIRING_MANAGER);

    private final ApplicationRepository applications = mock(ApplicationRepository.class);
    private final RequisitionRepository requisitions = mock(RequisitionRepository.class);
    private final PersonRepository people = mock(PersonRepository.class);
    private final Notifications notifications = mock(Notifications.class);

    @BeforeEach
    void registerBeans() {
        ClockUtil.setCurrentTime(Date.from(OPENED));
        when(applications.get(APPLICATION)).thenReturn(new Application(APPLICATION, REQUISITION, "Ada Lovelace",
                "ada@example.com", "Europe/London", "GB", null, Application.Source.REFERRAL, Application.Status.ACTIVE,
                null, null, null, 1, Instant.EPOCH, null, null));
        when(requisitions.get(REQUISITION)).thenReturn(new Requisition(REQUISITION, 3, TITLE, 5, "Anywhere", 1, "",
                Requisition.Status.OPEN, 1, Instant.EPOCH, null, null));
        for (Person p : List.of(RITA, RAFAEL, HANK)) {
            when(people.findByUsername(p.username())).thenReturn(Optional.of(p));
        }
        when(people.findByRole(Role.RECRUITER)).thenReturn(List.of(RAFAEL, RITA));
        Mocks.register(HiringProcess.BEAN_SLA_DATES, new SlaDatesStub());
        Mocks.register(TaskDeadlines.BEAN_REMIND_TASK,
                new RemindTask(applications, requisitions, people, notifications, taskService()));
        Mocks.register(TaskDeadlines.BEAN_ESCALATE_TASK,
                new EscalateTask(applications, requisitions, people, notifications));
    }

    @AfterEach
    void reset() {
        ClockUtil.reset();
        Mocks.reset();
    }

    @Test
    void shouldRemindEveryRecruiterOfAnUnclaimedSchedulingWithALinkToItButNotTheCandidatesName() {
        ProcessInstance stage = startStage(InterviewStage.KEY);
        Task scheduling = task(InterviewStage.TASK_SCHEDULE_INTERVIEW, stage);

        fire(stage, InterviewStage.TIMER_SCHEDULE_INTERVIEW_REMINDER);

        verify(notifications).notify(List.of(RAFAEL.id(), RITA.id()), "notification.scheduleInterview.reminder",
                "/tasks/" + scheduling.getId(), TITLE, APPLICATION);
    }

    @Test
    void shouldRemindOnlyTheRecruiterWhoClaimedTheTakeHome() {
        ProcessInstance stage = startStage(TakeHomeStage.KEY);
        Task sending = task(TakeHomeStage.TASK_SEND_TAKE_HOME, stage);
        taskService().claim(sending.getId(), RITA.username());

        fire(stage, TakeHomeStage.TIMER_SEND_TAKE_HOME_REMINDER);

        verify(notifications).notifyAndMail(List.of(RITA.id()), "notification.sendTakeHome.reminder",
                "/tasks/" + sending.getId(), TITLE, APPLICATION);
    }

    @Test
    void shouldTellTheHiringManagerOfAnOverdueSchedulingWithALinkToTheApplication() {
        ProcessInstance stage = startStage(InterviewStage.KEY);

        fire(stage, InterviewStage.TIMER_SCHEDULE_INTERVIEW_ESCALATION);

        verify(notifications).notifyAndMail(List.of(HANK.id()), "notification.scheduleInterview.escalated",
                "/applications/" + APPLICATION, TITLE, APPLICATION);
    }

    @Test
    void shouldRemindTheHiringManagerOfTheDebriefAndTellEveryRecruiterWhenItIsOverdue() {
        ProcessInstance decision = startDecisionAt(DecideAndOffer.TASK_DEBRIEF);
        Task debrief = task(DecideAndOffer.TASK_DEBRIEF, decision);

        fire(decision, DecideAndOffer.TIMER_DEBRIEF_REMINDER);
        fire(decision, DecideAndOffer.TIMER_DEBRIEF_ESCALATION);

        verify(notifications).notifyAndMail(List.of(HANK.id()), "notification.debrief.reminder", "/tasks/" + debrief.getId(),
                TITLE, APPLICATION);
        verify(notifications).notify(List.of(RAFAEL.id(), RITA.id()), "notification.debrief.escalated",
                "/applications/" + APPLICATION, TITLE, APPLICATION);
    }

    @Test
    void shouldTellNobodyWhenTheHiringManagerIsNoLongerAPersonHere() {
        when(people.findByUsername(HANK.username())).thenReturn(Optional.empty());
        ProcessInstance decision = startDecisionAt(DecideAndOffer.TASK_PREPARE_OFFER);

        fire(decision, DecideAndOffer.TIMER_PREPARE_OFFER_ESCALATION);

        verify(notifications, never()).notify(any(), anyString(), anyString(), any(Object[].class));
        verify(notifications, never()).notifyAndMail(any(), anyString(), anyString(), any(Object[].class));
    }

    /** Moves the clock to the timer's due date and runs it, as the job executor would. */
    private static void fire(ProcessInstance pi, String timer) {
        var job = job(timer, pi);
        ClockUtil.setCurrentTime(job.getDuedate());
        execute(job);
        org.assertj.core.api.Assertions.assertThat(Duration.between(OPENED, job.getDuedate().toInstant())).isPositive();
    }

    private static ProcessInstance startStage(String key) {
        return runtimeService().startProcessInstanceByKey(key, HiringProcess.businessKey(APPLICATION),
                withVariables(InterviewStage.VAR_APPLICATION_ID, APPLICATION,
                        InterviewStage.VAR_REQUISITION_ID, REQUISITION, InterviewStage.VAR_TEAM, "beats",
                        InterviewStage.VAR_HIRING_MANAGER, HANK.username(), InterviewStage.VAR_STAGE_KEY, "code",
                        InterviewStage.VAR_STAGE_NAME, "Code review"));
    }

    private static ProcessInstance startDecisionAt(String activityId) {
        return runtimeService().createProcessInstanceByKey(DecideAndOffer.KEY)
                .businessKey(HiringProcess.businessKey(APPLICATION))
                .setVariable(DecideAndOffer.VAR_APPLICATION_ID, APPLICATION)
                .setVariable(DecideAndOffer.VAR_REQUISITION_ID, REQUISITION)
                .setVariable(DecideAndOffer.VAR_TEAM, "beats")
                .setVariable(DecideAndOffer.VAR_HIRING_MANAGER, HANK.username())
                .startBeforeActivity(activityId)
                .execute();
    }

    private static Person person(long id, String username, Role role) {
        return new Person(id, username, username, username + "@onramp.example", ZoneId.of("UTC"), "DE", null, null,
                null, null, null, false, null, null, Set.of(role));
    }
}
