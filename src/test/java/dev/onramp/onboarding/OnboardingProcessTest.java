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
import dev.onramp.xschool.Assignment;
import dev.onramp.xschool.XSchool;
import dev.onramp.xschool.XSchoolDates;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
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
 * The onboarding process with the real mentor matching, dates and follow-ups, on fakes: people (Mockito), our
 * tables (in memory) and X-School (Mockito). The new hire works in Asia/Kolkata and starts on Monday 2 March 2026;
 * Hank manages them from Toronto; Mia (Dubai) and Bea (Stockholm) mentor in their team. It is Monday 2 February,
 * 08:00 UTC, on the engine's clock, which the dates read too.
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
    Person hire = person(1, "ana.lopez", "Ana López", "Asia/Kolkata", TEAM, 2L, 0, false, Role.NEW_HIRE);
    final Person mia = person(3, "mia", "Mia Novak", "Asia/Dubai", TEAM, 2L, 30, true, Role.MENTOR);
    final Person bea = person(4, "bea", "Bea Lindqvist", "Europe/Stockholm", TEAM, 2L, 70, true, Role.MENTOR);
    final Person tomas = person(5, "tomas", "Tomás García", "America/Mexico_City", TEAM, 2L, 12, true, Role.MENTOR);

    final PersonRepository people = mock(PersonRepository.class);
    final FakeMentoring mentoring = new FakeMentoring();
    final XSchool xschool = mock(XSchool.class);
    final XSchoolDates xschoolDates = mock(XSchoolDates.class);
    RecordingDelegate remindMentor;
    RecordingDelegate tellManager;
    RecordingDelegate remindManager;
    RecordingDelegate tellTeamLead;

    @BeforeEach
    void registerBeans() {
        ClockUtil.setCurrentTime(Date.from(NOW));
        for (Person p : List.of(hank, hire, mia, bea, tomas)) {
            known(p);
        }
        mentors(mia, bea, tomas);
        Clock engineClock = new EngineClock();
        MentorChoice choice = new MentorChoice(new MentorMatcher(new MentoringProperties(2, 6, 4)), people, mentoring);
        Mocks.register(BEAN_ONBOARDING_DATES, new OnboardingDates(people, OnboardingDeadlines.DEFAULTS, engineClock));
        Mocks.register(BEAN_XSCHOOL_DATES, xschoolDates);
        Mocks.register(BEAN_SUGGEST_MENTORS, new SuggestMentors(choice, mentoring, Clock.systemUTC()));
        Mocks.register(BEAN_RECORD_MENTORSHIP, new RecordMentorship(mentoring, people, Clock.systemUTC()));
        Mocks.register(BEAN_END_MENTORSHIP, new EndMentorship(mentoring, Clock.systemUTC()));
        Mocks.register(BEAN_ASSIGN_COHORT, new AssignCohort(xschool, people));
        Mocks.register(BEAN_RECORD_MENTEE_NO_ANSWER,
                new MentorConfirmationFollowUps().recordMenteeNoAnswer(mentoring, people, engineClock));
        remindMentor = RecordingDelegate.register(BEAN_REMIND_MENTOR);
        tellManager = RecordingDelegate.register(BEAN_TELL_MANAGER_MENTOR_TASK_OVERDUE);
        remindManager = RecordingDelegate.register(BEAN_REMIND_MANAGER_TO_CONFIRM_MENTOR);
        tellTeamLead = RecordingDelegate.register(BEAN_TELL_TEAM_LEAD_MENTOR_UNCONFIRMED);
        seat(true, "2026-03-09T17:00:00Z", "2026-03-02T17:00:00Z");
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
        // three of Hank's working days: Thursday 5 February, 03:00 in Toronto
        assertThat(task(TASK_CONFIRM_MENTOR, pi)).isAssignedTo("hank").hasFormKey(FORM_CONFIRM_MENTOR)
                .hasDueDate(at("2026-02-05T08:00:00Z"));
        complete(task(TASK_CONFIRM_MENTOR, pi), withVariables(VAR_MENTOR, "mia"));

        // two of Mia's working days: Wednesday 4 February, 12:00 in Dubai
        assertThat(task(TASK_ACCEPT_MENTEE, pi)).isAssignedTo("mia").hasFormKey(FORM_ACCEPT_MENTEE)
                .hasDueDate(at("2026-02-04T08:00:00Z"));
        complete(task(TASK_ACCEPT_MENTEE, pi), withVariables(VAR_MENTEE_ACCEPTED, true));
        assertThat(pi).isWaitingAt(TASK_RECORD_MENTORSHIP);
        execute(job(TASK_RECORD_MENTORSHIP, pi));

        assertThat(mentoring.mentorships).singleElement().satisfies(m -> assertThat(m).containsExactly(hire.id(), mia.id()));
        assertThat(pi).hasPassedInOrder(START_EVENT_HIRED, TASK_SUGGEST_MENTORS, TASK_CONFIRM_MENTOR, TASK_ACCEPT_MENTEE,
                GATEWAY_MENTEE_ACCEPTED, TASK_RECORD_MENTORSHIP);
        // three working days before Monday 2 March is Wednesday 25 February, 09:00 in Kolkata
        Task prepare = task(TASK_MENTOR_TASK, pi);
        assertThat(prepare).isAssignedTo("mia").hasFormKey(FORM_MENTOR_TASK).hasDueDate(at("2026-02-25T03:30:00Z"))
                .hasName("Prepare welcome");
        assertThat(mentorTask(prepare)).isEqualTo(MentorTask.PREPARE_WELCOME.name());
        assertThat(remindManager.calls()).as("no follow-up once confirmed").isEmpty();
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
    void shouldCountNoAnswerInTwoWorkingDaysAsADeclineAndSuggestAgain() {
        ProcessInstance pi = start();
        execute(job(TASK_SUGGEST_MENTORS, pi));
        complete(task(TASK_CONFIRM_MENTOR, pi), withVariables(VAR_MENTOR, "mia"));
        Job noAnswer = timerJob(TIMER_ACCEPT_MENTEE_NO_ANSWER);
        assertThat(noAnswer.getDuedate()).isEqualTo(task(TASK_ACCEPT_MENTEE, pi).getDueDate())
                .isEqualTo(at("2026-02-04T08:00:00Z"));

        ClockUtil.setCurrentTime(noAnswer.getDuedate());
        execute(noAnswer);

        assertThat(pi).hasPassedInOrder(TASK_ACCEPT_MENTEE, TIMER_ACCEPT_MENTEE_NO_ANSWER, TASK_RECORD_NO_ANSWER,
                GATEWAY_FIND_MENTOR).isWaitingAt(TASK_SUGGEST_MENTORS).hasNotPassed(GATEWAY_MENTEE_ACCEPTED);
        assertThat(taskQuery().taskDefinitionKey(TASK_ACCEPT_MENTEE).count()).as("the question is withdrawn").isZero();
        assertThat(mentoring.declines.get(hire.id())).containsExactly(mia.id());
        assertThat(mentoring.declineReasons.get(hire.id())).containsExactly("no answer");
        execute(job(TASK_SUGGEST_MENTORS, pi));
        assertThat(mentoring.lastRound(hire.id())).extracting(s -> s.mentor().username()).containsExactly("bea");
        assertThat(task(TASK_CONFIRM_MENTOR, pi)).isAssignedTo("hank");
    }

    @Test
    void shouldRemindTheManagerWhenTheMentorConfirmationIsDueThenTellTheTeamLead() {
        ProcessInstance pi = start();
        execute(job(TASK_SUGGEST_MENTORS, pi));
        Job due = timerJob(TIMER_CONFIRM_MENTOR_DUE);
        assertThat(due.getDuedate()).isEqualTo(at("2026-02-05T08:00:00Z"));
        Job overdue = timerJob(TIMER_CONFIRM_MENTOR_OVERDUE);
        // two of Hank's working days later: Monday 9 February, 03:00 in Toronto
        assertThat(overdue.getDuedate()).isEqualTo(at("2026-02-09T08:00:00Z"));

        ClockUtil.setCurrentTime(due.getDuedate());
        execute(due);
        assertThat(remindManager.calls()).singleElement().satisfies(call -> {
            assertThat(call.activityId()).isEqualTo(TASK_REMIND_MANAGER);
            assertThat(call.variables()).containsEntry(VAR_MANAGER, "hank").containsEntry(VAR_NEW_HIRE_ID, hire.id());
        });
        assertThat(tellTeamLead.calls()).isEmpty();
        ClockUtil.setCurrentTime(overdue.getDuedate());
        execute(overdue);

        assertThat(tellTeamLead.calls()).singleElement().extracting(RecordingDelegate.Call::activityId)
                .isEqualTo(TASK_TELL_TEAM_LEAD);
        assertThat(pi).hasPassed(END_EVENT_MANAGER_REMINDED, END_EVENT_TEAM_LEAD_TOLD);
        assertThat(task(TASK_CONFIRM_MENTOR, pi)).as("the follow-ups do not end the task").isAssignedTo("hank");
    }

    @Test
    void shouldConfirmTheMentorAtTheLatestFiveWorkingDaysBeforeANearerStartDate() {
        ProcessInstance pi = start();
        execute(job(TASK_SUGGEST_MENTORS, pi));
        String before = task(TASK_CONFIRM_MENTOR, pi).getId();

        // the start moves to Wednesday 11 February: five working days before is Wednesday 4 February, 09:00 Kolkata
        changeStartDate(LocalDate.of(2026, 2, 11));

        Task confirm = task(TASK_CONFIRM_MENTOR, pi);
        assertThat(confirm.getId()).as("re-created").isNotEqualTo(before);
        assertThat(confirm).isAssignedTo("hank").hasDueDate(at("2026-02-04T03:30:00Z"));
        assertThat(timerJob(TIMER_CONFIRM_MENTOR_DUE).getDuedate()).isEqualTo(at("2026-02-04T03:30:00Z"));
        assertThat(pi).hasPassed(MESSAGE_CONFIRM_MENTOR_REPLANNED, GATEWAY_CONFIRM_MENTOR_PLANNED);
        assertThat(mentoring.rounds.get(hire.id())).as("the suggestions stay as they are").hasSize(1);
        complete(confirm, withVariables(VAR_MENTOR, "mia"));
        assertThat(task(TASK_ACCEPT_MENTEE, pi)).isAssignedTo("mia");
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
    void shouldRunTheSixMentorTasksInOrderRemindingTheMentorAtEachDueDateAndTellingTheManagerTwoWorkingDaysLater() {
        seat(false, "2026-03-09T17:00:00Z", null);
        ProcessInstance pi = start();
        execute(job(TASK_ASSIGN_COHORT, pi));
        complete(task(TASK_BOOK_TRAVEL, pi));
        execute(job(TASK_BOOK_TRAVEL, pi));
        acceptMia(pi);

        record Expected(MentorTask kind, String due, String overdue, String opens) {
        }
        List<Expected> calendar = List.of(
                // Wed 25 Feb → Fri 27 Feb, 09:00 Kolkata
                new Expected(MentorTask.PREPARE_WELCOME, "2026-02-25T03:30:00Z", "2026-02-27T03:30:00Z", null),
                // Mon 2 Mar → Wed 4 Mar
                new Expected(MentorTask.WELCOME_CALL, "2026-03-02T03:30:00Z", "2026-03-04T03:30:00Z", null),
                // Fri 6 Mar → Tue 10 Mar (over the weekend)
                new Expected(MentorTask.FIRST_WEEK_CHECK_IN, "2026-03-06T03:30:00Z", "2026-03-10T03:30:00Z", null),
                // Wed 1 Apr, opens Wed 25 Mar
                new Expected(MentorTask.DAY_30_CHECK_IN, "2026-04-01T03:30:00Z", "2026-04-03T03:30:00Z", "2026-03-25T03:30:00Z"),
                // Fri 1 May → Tue 5 May
                new Expected(MentorTask.DAY_60_CHECK_IN, "2026-05-01T03:30:00Z", "2026-05-05T03:30:00Z", "2026-04-24T03:30:00Z"),
                // Sun 31 May → Tue 2 Jun
                new Expected(MentorTask.DAY_90_CHECK_IN, "2026-05-31T03:30:00Z", "2026-06-02T03:30:00Z", "2026-05-24T03:30:00Z"));

        for (Expected step : calendar) {
            if (step.opens() != null) {
                assertThat(pi).isWaitingAt(TIMER_MENTOR_TASK_OPENS);
                Job opens = timerJob(TIMER_MENTOR_TASK_OPENS);
                assertThat(opens.getDuedate()).isEqualTo(at(step.opens()));
                ClockUtil.setCurrentTime(at(step.opens()));
                execute(opens);
            } else {
                assertThat(pi).isNotWaitingAt(TIMER_MENTOR_TASK_OPENS);
            }
            Task task = task(TASK_MENTOR_TASK, pi);
            assertThat(mentorTask(task)).isEqualTo(step.kind().name());
            assertThat(task).isAssignedTo("mia").hasFormKey(FORM_MENTOR_TASK).hasDueDate(at(step.due()))
                    .hasName(step.kind().title());

            Job reminder = timerJob(TIMER_MENTOR_TASK_DUE);
            assertThat(reminder.getDuedate()).isEqualTo(at(step.due()));
            ClockUtil.setCurrentTime(at(step.due()));
            execute(reminder);
            assertThat(remindMentor.calls()).last().satisfies(call -> {
                assertThat(call.activityId()).isEqualTo(TASK_REMIND_MENTOR);
                assertThat(call.variables()).containsEntry(VAR_MENTOR_TASK, step.kind().name());
            });
            assertThat(tellManager.calls()).noneMatch(c -> step.kind().name().equals(c.variables().get(VAR_MENTOR_TASK)));

            Job escalation = timerJob(TIMER_MENTOR_TASK_OVERDUE);
            assertThat(escalation.getDuedate()).isEqualTo(at(step.overdue()));
            ClockUtil.setCurrentTime(at(step.overdue()));
            execute(escalation);
            assertThat(tellManager.calls()).last().satisfies(call -> {
                assertThat(call.activityId()).isEqualTo(TASK_TELL_MANAGER);
                assertThat(call.variables()).containsEntry(VAR_MANAGER, "hank").containsEntry(VAR_MENTOR, "mia")
                        .containsEntry(VAR_MENTOR_TASK, step.kind().name());
            });
            assertThat(task(TASK_MENTOR_TASK, pi).getId()).as("the timers do not end the task").isEqualTo(task.getId());
            complete(task);
        }

        assertThat(pi).hasPassed(END_EVENT_MENTOR_REMINDED, END_EVENT_MANAGER_TOLD, END_EVENT_MENTOR_TASK_COMPLETED);
        assertThat(historyService().createHistoricTaskInstanceQuery().processInstanceId(pi.getId())
                .taskDefinitionKey(TASK_MENTOR_TASK).orderByHistoricActivityInstanceStartTime().asc().list())
                .extracting(t -> t.getName())
                .containsExactly("Prepare welcome", "Day-1 welcome call", "Week-1 check-in", "Day-30 check-in",
                        "Day-60 check-in", "Day-90 check-in");
        assertThat(mentoring.activeMenteeCounts()).as("mia mentors ana until day 90").containsEntry(mia.id(), 1);
        execute(job(pi));
        assertThat(pi).isEnded().hasPassedInOrder(SUB_PROCESS_MENTOR_TASKS, TASK_END_MENTORSHIP, GATEWAY_ONBOARDED,
                END_EVENT_ONBOARDED);
        assertThat(mentoring.activeMenteeCounts()).as("the mentorship ended: mia has room again")
                .doesNotContainKey(mia.id());
        assertThat(remindMentor.calls()).hasSize(6);
        assertThat(tellManager.calls()).hasSize(6);
    }

    @Test
    void shouldReplanTheOpenMentorTaskAndItsTimersWhenTheStartDateChanges() {
        ProcessInstance pi = start();
        acceptMia(pi);
        Task before = task(TASK_MENTOR_TASK, pi);
        assertThat(before).hasDueDate(at("2026-02-25T03:30:00Z"));
        assertThat(timerJob(TIMER_MENTOR_TASK_DUE).getDuedate()).isEqualTo(at("2026-02-25T03:30:00Z"));
        assertThat(timerJob(TIMER_MENTOR_TASK_OVERDUE).getDuedate()).isEqualTo(at("2026-02-27T03:30:00Z"));

        // two weeks later: Monday 16 March; prepare the welcome on Wednesday 11 March, overdue Friday 13 March
        changeStartDate(LocalDate.of(2026, 3, 16));

        Task after = task(TASK_MENTOR_TASK, pi);
        assertThat(mentorTask(after)).isEqualTo(MentorTask.PREPARE_WELCOME.name());
        assertThat(after).isAssignedTo("mia").hasDueDate(at("2026-03-11T03:30:00Z"));
        assertThat(timerJob(TIMER_MENTOR_TASK_DUE).getDuedate()).isEqualTo(at("2026-03-11T03:30:00Z"));
        assertThat(timerJob(TIMER_MENTOR_TASK_OVERDUE).getDuedate()).isEqualTo(at("2026-03-13T03:30:00Z"));
        assertThat(pi).hasPassed(MESSAGE_MENTOR_TASK_REPLANNED, GATEWAY_MENTOR_TASK_PLANNED);
    }

    @Test
    void shouldReplanTheWaitingCheckInAndLeaveTheDoneTasksDoneWhenTheStartDateChanges() {
        ProcessInstance pi = start();
        acceptMia(pi);
        for (int done = 0; done < 3; done++) {
            complete(task(TASK_MENTOR_TASK, pi));
        }
        assertThat(pi).isWaitingAt(TIMER_MENTOR_TASK_OPENS);
        assertThat(timerJob(TIMER_MENTOR_TASK_OPENS).getDuedate()).isEqualTo(at("2026-03-25T03:30:00Z"));

        // a week later: Monday 9 March; the day-30 check-in is due Wednesday 8 April and opens Wednesday 1 April
        changeStartDate(LocalDate.of(2026, 3, 9));

        assertThat(pi).isWaitingAt(TIMER_MENTOR_TASK_OPENS).hasPassed(MESSAGE_MENTOR_TASK_REPLANNED);
        Job opens = timerJob(TIMER_MENTOR_TASK_OPENS);
        assertThat(opens.getDuedate()).isEqualTo(at("2026-04-01T03:30:00Z"));
        assertThat(historyService().createHistoricTaskInstanceQuery().processInstanceId(pi.getId())
                .taskDefinitionKey(TASK_MENTOR_TASK).list())
                .as("the three done tasks stay done and are not asked again").hasSize(3)
                .allSatisfy(t -> assertThat(t.getEndTime()).isNotNull());
        ClockUtil.setCurrentTime(opens.getDuedate());
        execute(opens);
        Task dayThirty = task(TASK_MENTOR_TASK, pi);
        assertThat(mentorTask(dayThirty)).isEqualTo(MentorTask.DAY_30_CHECK_IN.name());
        assertThat(dayThirty).hasDueDate(at("2026-04-08T03:30:00Z"));
    }

    @Test
    void shouldAskForTravelAndAVisaLetterWhenAVisaIsNeeded() {
        ProcessInstance pi = start();
        execute(job(TASK_ASSIGN_COHORT, pi));

        assertThat(pi).variables().containsEntry(VAR_NEEDS_VISA, true);
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
    void shouldReplanTheOpenTravelAndVisaTasksWhenTheSeatMoves() {
        ProcessInstance pi = start();
        execute(job(TASK_ASSIGN_COHORT, pi));
        seat(true, "2026-04-13T16:00:00Z", "2026-03-09T16:00:00Z");

        runtimeService().createMessageCorrelation(MESSAGE_SEAT_MOVED).processInstanceBusinessKey(businessKey(hire.id()))
                .correlateAll();

        assertThat(task(TASK_BOOK_TRAVEL, pi)).hasDueDate(at("2026-04-13T16:00:00Z"));
        assertThat(task(TASK_VISA_LETTER, pi)).hasDueDate(at("2026-03-09T16:00:00Z"));
        assertThat(pi).hasPassed(MESSAGE_BOOK_TRAVEL_REPLANNED, MESSAGE_VISA_LETTER_REPLANNED);
    }

    @Test
    void shouldLeaveADoneVisaLetterDoneWhenTheSeatMoves() {
        ProcessInstance pi = start();
        execute(job(TASK_ASSIGN_COHORT, pi));
        complete(task(TASK_VISA_LETTER, pi));
        execute(job(TASK_VISA_LETTER, pi));
        seat(true, "2026-04-13T16:00:00Z", "2026-03-09T16:00:00Z");

        runtimeService().createMessageCorrelation(MESSAGE_SEAT_MOVED).processInstanceBusinessKey(businessKey(hire.id()))
                .correlateAll();

        assertThat(task(TASK_BOOK_TRAVEL, pi)).hasDueDate(at("2026-04-13T16:00:00Z"));
        assertThat(taskQuery().taskDefinitionKey(TASK_VISA_LETTER).count()).as("not asked again").isZero();
        complete(task(TASK_BOOK_TRAVEL, pi));
        execute(job(TASK_BOOK_TRAVEL, pi));
        assertThat(pi).hasPassed(GATEWAY_TRAVEL_AND_VISA_DONE).isWaitingAt(GATEWAY_ONBOARDED);
    }

    @Test
    void shouldOnlyBookTravelWithoutAVisa() {
        seat(false, "2026-03-09T17:00:00Z", null);
        ProcessInstance pi = start();
        execute(job(TASK_ASSIGN_COHORT, pi));

        assertThat(pi).variables().containsEntry(VAR_NEEDS_VISA, false);
        assertThat(pi).isWaitingAt(TASK_BOOK_TRAVEL).isNotWaitingAt(TASK_VISA_LETTER);
        complete(task(TASK_BOOK_TRAVEL, pi));
        execute(job(TASK_BOOK_TRAVEL, pi));

        assertThat(pi).hasPassed(GATEWAY_TRAVEL_AND_VISA_DONE).hasNotPassed(TASK_VISA_LETTER).isWaitingAt(GATEWAY_ONBOARDED);
    }

    @Test
    void shouldCarryOnlyIdsAndAUsernameFromTheStart() {
        ProcessInstance pi = start();

        assertThat(pi).hasBusinessKey("onboarding-1");
        assertThat(runtimeService().getVariables(pi.getId())).containsOnlyKeys(VAR_NEW_HIRE_ID, VAR_APPLICATION_ID,
                VAR_MANAGER);
        assertThat(pi).variables().containsEntry(VAR_NEW_HIRE_ID, 1L).containsEntry(VAR_APPLICATION_ID, APPLICATION);
    }

    // --- helpers

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(KEY, businessKey(hire.id()),
                startVariables(hire.id(), APPLICATION, "hank"));
    }

    private void acceptMia(ProcessInstance pi) {
        execute(job(TASK_SUGGEST_MENTORS, pi));
        complete(task(TASK_CONFIRM_MENTOR, pi), withVariables(VAR_MENTOR, "mia"));
        complete(task(TASK_ACCEPT_MENTEE, pi), withVariables(VAR_MENTEE_ACCEPTED, true));
        execute(job(TASK_RECORD_MENTORSHIP, pi));
    }

    /** What X-School's seat table says: the answer to the seat request and the task due dates read from it. */
    private void seat(boolean needsVisa, String travelDue, String visaDue) {
        when(xschool.assign(hire.id(), START)).thenReturn(new Assignment(7, LocalDate.of(2026, 4, 6), needsVisa,
                LocalDate.of(2026, 3, 16), needsVisa ? LocalDate.of(2026, 2, 20) : null));
        when(xschoolDates.travelDue(hire.id())).thenReturn(at(travelDue));
        when(xschoolDates.visaDue(hire.id())).thenReturn(visaDue == null ? null : at(visaDue));
    }

    /** The new start date saved on the person, then the message the onboarding listener sends. */
    private void changeStartDate(LocalDate startDate) {
        hire = new Person(hire.id(), hire.username(), hire.displayName(), hire.email(), hire.timeZone(), hire.country(),
                hire.teamId(), hire.managerId(), hire.workStart(), hire.workEnd(), startDate,
                false, null, null, hire.roles());
        known(hire);
        runtimeService().createMessageCorrelation(MESSAGE_START_DATE_CHANGED)
                .processInstanceBusinessKey(businessKey(hire.id())).correlateAll();
    }

    private void known(Person p) {
        when(people.get(p.id())).thenReturn(p);
        when(people.findById(p.id())).thenReturn(Optional.of(p));
        when(people.findByUsername(p.username())).thenReturn(Optional.of(p));
    }

    private static String mentorTask(Task task) {
        return (String) taskService().getVariable(task.getId(), VAR_MENTOR_TASK);
    }

    private static Job timerJob(String activityId) {
        return managementService().createJobQuery().activityId(activityId).singleResult();
    }

    private OnboardingTasks onboardingTasks() {
        TaskList taskList = new TaskList(taskService(), historyService(), people, List.of(), event -> { },
                Clock.systemUTC(), org.springframework.jdbc.core.simple.JdbcClient.create(
                        ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) processEngine()
                                .getProcessEngineConfiguration()).getDataSource()));
        return new OnboardingTasks(taskList,
                new dev.onramp.tasklist.TaskVariables(runtimeService(), taskService()), mentoring, Clock.systemUTC());
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

    /** The engine's clock, as the application's clock reads it. */
    static final class EngineClock extends Clock {

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return ClockUtil.getCurrentTime().toInstant();
        }
    }
}
