package dev.onramp.onboarding;

import static dev.onramp.onboarding.OnboardingProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.onramp.ProcessTestEngine;
import dev.onramp.hiring.RecordingDelegate;
import dev.onramp.mentor.MentorMatcher;
import dev.onramp.mentor.MentoringProperties;
import dev.onramp.people.OnrampUser;
import dev.onramp.people.Person;
import dev.onramp.people.PersonRepository;
import dev.onramp.people.Role;
import dev.onramp.tasklist.TaskList;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
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
 * The onboarding process with the real mentor matching, due dates and cohort step, on fakes: people
 * (Mockito), our tables (in memory) and the X-School port. The new hire works in Asia/Kolkata and starts on
 * Monday 2 March 2026; Hank manages them from Toronto; Mia (Dubai) and Bea (Stockholm) mentor in their team.
 */
@Deployment(resources = OnboardingProcess.RESOURCE)
class OnboardingProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngine.withCoverage();

    static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    static final LocalDate START = LocalDate.of(2026, 3, 2);
    static final Instant NOW = Instant.parse("2026-02-02T08:00:00Z");
    static final long TEAM = 10;
    static final long APPLICATION = 42;

    final Person hank = person(2, "hank", "Hank Hiring", "America/Toronto", TEAM, null, 48, true, Role.HIRING_MANAGER);
    final Person hire = person(1, "ana.lopez", "Ana López", "Asia/Kolkata", TEAM, 2L, 0, false, Role.NEW_HIRE);
    final Person mia = person(3, "mia", "Mia Novak", "Asia/Dubai", TEAM, 2L, 30, true, Role.MENTOR);
    final Person bea = person(4, "bea", "Bea Lindqvist", "Europe/Stockholm", TEAM, 2L, 70, true, Role.MENTOR);
    final Person tomas = person(5, "tomas", "Tomás García", "America/Mexico_City", TEAM, 2L, 12, true, Role.MENTOR);

    final PersonRepository people = mock(PersonRepository.class);
    final FakeMentoring mentoring = new FakeMentoring();
    CohortPlacement placement;
    RecordingDelegate remindMentor;
    RecordingDelegate tellManager;

    @BeforeEach
    void registerBeans() {
        ClockUtil.setCurrentTime(Date.from(NOW));
        for (Person p : List.of(hank, hire, mia, bea, tomas)) {
            when(people.get(p.id())).thenReturn(p);
            when(people.findById(p.id())).thenReturn(Optional.of(p));
            when(people.findByUsername(p.username())).thenReturn(Optional.of(p));
        }
        mentors(mia, bea, tomas);
        MentorChoice choice = new MentorChoice(new MentorMatcher(new MentoringProperties(2, 6, 4)), people, mentoring);
        Mocks.register(BEAN_ONBOARDING_DATES, new OnboardingDates(people));
        Mocks.register(BEAN_SUGGEST_MENTORS, new SuggestMentors(choice, mentoring, Clock.systemUTC()));
        Mocks.register(BEAN_RECORD_MENTORSHIP, new RecordMentorship(mentoring, people, Clock.systemUTC()));
        Mocks.register(BEAN_END_MENTORSHIP, new EndMentorship(mentoring, Clock.systemUTC()));
        Mocks.register(BEAN_ASSIGN_COHORT, new AssignCohort((id, start) -> placement));
        remindMentor = RecordingDelegate.register(BEAN_REMIND_MENTOR);
        tellManager = RecordingDelegate.register(BEAN_TELL_MANAGER_MENTOR_TASK_OVERDUE);
        placement = new CohortPlacement(7, LocalDate.of(2026, 4, 6), true, at("2026-03-09T17:00:00Z"),
                at("2026-03-02T17:00:00Z"));
    }

    @AfterEach
    void reset() {
        ClockUtil.reset();
        Mocks.reset();
    }

    @Test
    void shouldSuggestMentorsThenConfirmAcceptAndOpenTheFirstMentorTask() {
        ProcessInstance pi = start();
        assertThat(pi).isWaitingAt(TASK_SUGGEST_MENTORS, TASK_ASSIGN_COHORT);

        execute(job(TASK_SUGGEST_MENTORS, pi));

        assertThat(mentoring.lastRound(hire.id())).extracting(s -> s.mentor().username()).containsExactly("mia", "bea");
        assertThat(pi).variables().containsEntry(VAR_MENTOR_CANDIDATES_FOUND, true);
        assertThat(task(TASK_CONFIRM_MENTOR, pi)).isAssignedTo("hank").hasFormKey(FORM_CONFIRM_MENTOR);
        complete(task(TASK_CONFIRM_MENTOR, pi), withVariables(VAR_MENTOR, "mia"));

        assertThat(task(TASK_ACCEPT_MENTEE, pi)).isAssignedTo("mia").hasFormKey(FORM_ACCEPT_MENTEE);
        complete(task(TASK_ACCEPT_MENTEE, pi), withVariables(VAR_MENTEE_ACCEPTED, true));
        assertThat(pi).isWaitingAt(TASK_RECORD_MENTORSHIP);
        execute(job(TASK_RECORD_MENTORSHIP, pi));

        assertThat(mentoring.mentorships).singleElement().satisfies(m -> assertThat(m).containsExactly(hire.id(), mia.id()));
        assertThat(pi).hasPassedInOrder(START_EVENT_HIRED, TASK_SUGGEST_MENTORS, TASK_CONFIRM_MENTOR, TASK_ACCEPT_MENTEE,
                GATEWAY_MENTEE_ACCEPTED, TASK_RECORD_MENTORSHIP);
        // three working days before Monday 2 March is Wednesday 25 February, 09:00 in Kolkata
        assertThat(task(TASK_PREPARE_WELCOME, pi)).isAssignedTo("mia").hasFormKey(FORM_MENTOR_TASK)
                .hasDueDate(at("2026-02-25T03:30:00Z"));
    }

    @Test
    void shouldSuggestAgainWithoutTheMentorWhoDeclined() {
        ProcessInstance pi = start();
        execute(job(TASK_SUGGEST_MENTORS, pi));
        complete(task(TASK_CONFIRM_MENTOR, pi), withVariables(VAR_MENTOR, "mia"));

        onboardingTasks().declineMentee(task(TASK_ACCEPT_MENTEE, pi), user(mia), "On leave in March");

        assertThat(pi).isWaitingAt(TASK_SUGGEST_MENTORS);
        execute(job(TASK_SUGGEST_MENTORS, pi));
        assertThat(mentoring.rounds.get(hire.id())).hasSize(2);
        assertThat(mentoring.lastRound(hire.id())).extracting(s -> s.mentor().username()).containsExactly("bea");
        assertThat(task(TASK_CONFIRM_MENTOR, pi)).isAssignedTo("hank");
        assertThat(pi).hasPassed(GATEWAY_FIND_MENTOR).hasNotPassed(TASK_RECORD_MENTORSHIP);
    }

    @Test
    void shouldStillAskTheManagerWhenNobodyIsEligibleSoTheyPickByHand() {
        mentors(tomas); // Mexico City: no working hours shared with Kolkata
        ProcessInstance pi = start();
        execute(job(TASK_SUGGEST_MENTORS, pi));

        assertThat(mentoring.lastRound(hire.id())).isEmpty();
        assertThat(pi).variables().containsEntry(VAR_MENTOR_CANDIDATES_FOUND, false);
        assertThat(task(TASK_CONFIRM_MENTOR, pi)).isAssignedTo("hank");
        complete(task(TASK_CONFIRM_MENTOR, pi), withVariables(VAR_MENTOR, "bea"));

        assertThat(task(TASK_ACCEPT_MENTEE, pi)).isAssignedTo("bea");
    }

    @Test
    void shouldRemindTheMentorAtEachDueDateAndTellTheManagerTwoWorkingDaysLaterUntilOnboarded() {
        placement = new CohortPlacement(7, LocalDate.of(2026, 4, 6), false, at("2026-03-09T17:00:00Z"), null);
        ProcessInstance pi = start();
        execute(job(TASK_ASSIGN_COHORT, pi));
        complete(task(TASK_BOOK_TRAVEL, pi));
        execute(job(TASK_BOOK_TRAVEL, pi));
        acceptMia(pi);

        record Expected(String taskId, String due, String overdue, String opens) {
        }
        List<Expected> calendar = List.of(
                // Wed 25 Feb → Fri 27 Feb, 09:00 Kolkata
                new Expected(TASK_PREPARE_WELCOME, "2026-02-25T03:30:00Z", "2026-02-27T03:30:00Z", null),
                // Mon 2 Mar → Wed 4 Mar
                new Expected(TASK_WELCOME_CALL, "2026-03-02T03:30:00Z", "2026-03-04T03:30:00Z", null),
                // Fri 6 Mar → Tue 10 Mar (over the weekend)
                new Expected(TASK_FIRST_WEEK_CHECK_IN, "2026-03-06T03:30:00Z", "2026-03-10T03:30:00Z", null),
                // Wed 1 Apr, opens Wed 25 Mar
                new Expected(TASK_DAY_THIRTY_CHECK_IN, "2026-04-01T03:30:00Z", "2026-04-03T03:30:00Z", "2026-03-25T03:30:00Z"),
                // Fri 1 May → Tue 5 May
                new Expected(TASK_DAY_SIXTY_CHECK_IN, "2026-05-01T03:30:00Z", "2026-05-05T03:30:00Z", "2026-04-24T03:30:00Z"),
                // Sun 31 May → Tue 2 Jun
                new Expected(TASK_DAY_NINETY_CHECK_IN, "2026-05-31T03:30:00Z", "2026-06-02T03:30:00Z", "2026-05-24T03:30:00Z"));

        for (Expected step : calendar) {
            if (step.opens() != null) {
                assertThat(pi).isWaitingAt(timerOpensBefore(step.taskId()));
                Job opens = timerJob(timerOpensBefore(step.taskId()));
                assertThat(opens.getDuedate()).isEqualTo(at(step.opens()));
                ClockUtil.setCurrentTime(at(step.opens()));
                execute(opens);
            }
            Task task = task(step.taskId(), pi);
            assertThat(task).isAssignedTo("mia").hasFormKey(FORM_MENTOR_TASK).hasDueDate(at(step.due()));

            Job reminder = timerJob(timerDue(step.taskId()));
            assertThat(reminder.getDuedate()).isEqualTo(at(step.due()));
            ClockUtil.setCurrentTime(at(step.due()));
            execute(reminder);
            assertThat(remindMentor.calls()).last().extracting(RecordingDelegate.Call::activityId)
                    .isEqualTo(taskRemind(step.taskId()));
            assertThat(tellManager.calls()).noneMatch(c -> c.activityId().equals(taskTellOverdue(step.taskId())));

            Job escalation = timerJob(timerOverdue(step.taskId()));
            assertThat(escalation.getDuedate()).isEqualTo(at(step.overdue()));
            ClockUtil.setCurrentTime(at(step.overdue()));
            execute(escalation);
            assertThat(tellManager.calls()).last().satisfies(call -> {
                assertThat(call.activityId()).isEqualTo(taskTellOverdue(step.taskId()));
                assertThat(call.variables()).containsEntry(VAR_MANAGER, "hank").containsEntry(VAR_MENTOR, "mia");
            });
            assertThat(pi).hasPassed(endEventReminded(step.taskId()), endEventEscalated(step.taskId()));
            assertThat(task(step.taskId(), pi)).as("the timers do not end the task").isNotNull();
            complete(task);
        }

        assertThat(mentoring.activeMenteeCounts()).as("mia mentors ana until day 90").containsEntry(mia.id(), 1);
        execute(job(TASK_DAY_NINETY_CHECK_IN, pi));
        assertThat(pi).isEnded().hasPassedInOrder(TASK_DAY_NINETY_CHECK_IN, TASK_END_MENTORSHIP, GATEWAY_ONBOARDED,
                END_EVENT_ONBOARDED);
        assertThat(mentoring.activeMenteeCounts()).as("the mentorship ended: mia has room again")
                .doesNotContainKey(mia.id());
        assertThat(remindMentor.calls()).hasSize(6);
        assertThat(tellManager.calls()).hasSize(6);
    }

    @Test
    void shouldAskForTravelAndAVisaLetterWhenAVisaIsNeeded() {
        ProcessInstance pi = start();
        execute(job(TASK_ASSIGN_COHORT, pi));

        assertThat(pi).variables().containsEntry(VAR_COHORT_ID, 7L).containsEntry(VAR_NEEDS_VISA, true)
                .containsEntry(VAR_COHORT_START, OnboardingProcess.day(LocalDate.of(2026, 4, 6)))
                .containsEntry(VAR_TRAVEL_DUE, at("2026-03-09T17:00:00Z"))
                .containsEntry(VAR_VISA_DUE, at("2026-03-02T17:00:00Z"));
        assertThat(pi).isWaitingAt(TASK_BOOK_TRAVEL, TASK_VISA_LETTER);
        assertThat(task(TASK_BOOK_TRAVEL, pi)).hasCandidateGroup(Role.COORDINATOR.groupId()).hasFormKey(FORM_BOOK_TRAVEL)
                .hasDueDate(at("2026-03-09T17:00:00Z"));
        assertThat(task(TASK_VISA_LETTER, pi)).hasCandidateGroup(Role.COORDINATOR.groupId()).hasFormKey(FORM_VISA_LETTER)
                .hasDueDate(at("2026-03-02T17:00:00Z"));

        complete(task(TASK_VISA_LETTER, pi));
        execute(job(TASK_VISA_LETTER, pi));
        assertThat(pi).isWaitingAt(TASK_BOOK_TRAVEL, GATEWAY_TRAVEL_AND_VISA_DONE);
        complete(task(TASK_BOOK_TRAVEL, pi));
        execute(job(TASK_BOOK_TRAVEL, pi));

        assertThat(pi).hasPassed(GATEWAY_TRAVEL_AND_VISA, TASK_BOOK_TRAVEL, TASK_VISA_LETTER, GATEWAY_TRAVEL_AND_VISA_DONE)
                .isWaitingAt(GATEWAY_ONBOARDED).isNotEnded();
    }

    @Test
    void shouldOnlyBookTravelWithoutAVisa() {
        placement = new CohortPlacement(7, LocalDate.of(2026, 4, 6), false, at("2026-03-09T17:00:00Z"), null);
        ProcessInstance pi = start();
        execute(job(TASK_ASSIGN_COHORT, pi));

        assertThat(pi).variables().containsEntry(VAR_NEEDS_VISA, false);
        assertThat(pi).isWaitingAt(TASK_BOOK_TRAVEL).isNotWaitingAt(TASK_VISA_LETTER);
        complete(task(TASK_BOOK_TRAVEL, pi));
        execute(job(TASK_BOOK_TRAVEL, pi));

        assertThat(pi).hasPassed(GATEWAY_TRAVEL_AND_VISA_DONE).hasNotPassed(TASK_VISA_LETTER).isWaitingAt(GATEWAY_ONBOARDED);
    }

    @Test
    void shouldCarryOnlyIdsAUsernameAndDatesFromTheStart() {
        ProcessInstance pi = start();

        assertThat(pi).hasBusinessKey("onboarding-1");
        assertThat(runtimeService().getVariables(pi.getId())).containsOnlyKeys(VAR_NEW_HIRE_ID, VAR_APPLICATION_ID,
                VAR_MANAGER, VAR_START_DATE);
        assertThat(pi).variables().containsEntry(VAR_NEW_HIRE_ID, 1L).containsEntry(VAR_APPLICATION_ID, APPLICATION)
                .containsEntry(VAR_START_DATE, OnboardingProcess.day(START));
    }

    // --- helpers

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(KEY, businessKey(hire.id()),
                startVariables(hire.id(), APPLICATION, "hank", START));
    }

    private void acceptMia(ProcessInstance pi) {
        execute(job(TASK_SUGGEST_MENTORS, pi));
        complete(task(TASK_CONFIRM_MENTOR, pi), withVariables(VAR_MENTOR, "mia"));
        complete(task(TASK_ACCEPT_MENTEE, pi), withVariables(VAR_MENTEE_ACCEPTED, true));
        execute(job(TASK_RECORD_MENTORSHIP, pi));
    }

    private static String timerOpensBefore(String taskId) {
        return "Timer_" + taskId.substring("Task_".length()) + "Opens";
    }

    private static Job timerJob(String activityId) {
        return managementService().createJobQuery().activityId(activityId).singleResult();
    }

    private OnboardingTasks onboardingTasks() {
        return new OnboardingTasks(new TaskList(taskService(), historyService()), taskService(), mentoring,
                Clock.systemUTC());
    }

    private void mentors(Person... mentors) {
        when(people.findByRole(Role.MENTOR)).thenReturn(List.of(mentors));
    }

    private static OnrampUser user(Person p) {
        return new OnrampUser(p, "{noop}x", true);
    }

    private static Date at(String instant) {
        return Date.from(Instant.parse(instant));
    }

    private static Person person(long id, String username, String name, String zone, Long team, Long manager,
                                 int monthsTenure, boolean optIn, Role role) {
        LocalDate startedOn = monthsTenure == 0 ? START : START.minusMonths(monthsTenure);
        return new Person(id, username, name, username + "@example.com", ZoneId.of(zone), "XX", team, manager,
                LocalTime.of(9, 0), LocalTime.of(18, 0), startedOn, optIn, null, null, Set.of(role));
    }
}
