package dev.onramp.xschool;

import static dev.onramp.onboarding.OnboardingProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.onboarding.NewHireDetails;
import dev.onramp.onboarding.Onboarding;
import dev.onramp.people.PersonRepository;
import dev.onramp.people.WorkingHours;
import dev.onramp.system.OnrampAppTest;
import dev.onramp.system.WebTest;
import dev.onramp.system.WebTest.Page;
import dev.onramp.system.WebTest.Visitor;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A seat that moves after onboarding placed it: a real {@code OnboardingProcess} for a Beats new hire in Kolkata
 * (India needs a visa), its {@code Task_AssignCohort} job run by hand, then a changed start date or a deferral.
 * The coordinator's travel and visa tasks (re-planned by the model on the SeatMoved message) and the agenda follow
 * the new week.
 */
@OnrampAppTest
class SeatChangesTest {

    static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    @Autowired
    WebTest webTest;

    @Autowired
    Onboarding onboarding;

    @Autowired
    SeatChanges seatChanges;

    @Autowired
    XSchool xschool;

    @Autowired
    AgendaRepository sessions;

    @Autowired
    CohortRepository cohorts;

    @Autowired
    PersonRepository people;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    ManagementService management;

    @Autowired
    JdbcClient jdbc;

    XSchoolFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new XSchoolFixtures(cohorts, people, jdbc);
    }

    @Test
    void shouldMoveTheCohortAndTheTravelAndVisaTasksWhenACoordinatorChangesTheStartDate() {
        LocalDate monday = fixtures.freshMonday();
        long first = fixtures.cohort(monday.plusWeeks(4), 40);
        long later = fixtures.cohort(monday.plusWeeks(12), 40);
        Hire hire = startAndPlace("Ana Start-Date", monday);
        assertThat(xschool.current(hire.id()).orElseThrow().cohortId()).isEqualTo(first);
        assertThat(task(hire, TASK_BOOK_TRAVEL).getDueDate().toInstant()).isEqualTo(nineAm(monday.plusWeeks(4).minusDays(21)));
        String path = "/xschool/people/" + hire.id() + "/start-date";
        Visitor cora = signedIn("cora");

        Page saved = cora.postForm(path, path, Map.of("startDate", monday.plusWeeks(6).toString()));

        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.location()).endsWith("/xschool/cohorts/" + later);
        assertThat(cora.follow(saved).flash()).contains("The start date is saved");
        assertThat(xschool.current(hire.id()).orElseThrow().cohortId()).isEqualTo(later);
        assertThat(people.get(hire.id()).startedOn()).isEqualTo(monday.plusWeeks(6));
        assertFollows(hire, later, monday.plusWeeks(12));
        assertThat(beatsSessions(first)).isZero();
        assertThat(beatsSessions(later)).isEqualTo(1);
        assertThat(signedIn("hank").get("/welcome/" + hire.id()).text("#my-agenda")).as("the welcome page shows the same agenda")
                .contains("Home time (Asia/Kolkata)").contains("Meet your team lead: Beats");
    }

    @Test
    void shouldMoveTheOpenChecklistItemsAndTheMentorsTaskWithItsTimersWithTheStartDate() {
        LocalDate monday = fixtures.freshMonday();
        fixtures.cohort(monday.plusWeeks(4), 40);
        fixtures.cohort(monday.plusWeeks(12), 40);
        Hire hire = startAndPlace("Ana Calendar", monday);
        Task prepare = mentorAccepts(hire);
        List<Long> items = jdbc.sql("SELECT id FROM onboarding_item WHERE new_hire_id = ? ORDER BY due_at, id")
                .param(hire.id()).query(Long.class).list();
        assertThat(items).hasSizeGreaterThan(1);
        long ticked = items.get(0);
        jdbc.sql("UPDATE onboarding_item SET done_at = ?, done_by = ? WHERE id = ?")
                .params(java.sql.Timestamp.from(Instant.now()), people.findByUsername("hank").orElseThrow().id(), ticked)
                .update();
        Map<Long, Instant> dueBefore = itemsDue(hire);
        LocalDate later = monday.plusWeeks(6);

        seatChanges.changeStartDate(hire.id(), later);

        Instant prepareDue = nineAmKolkata(WorkingHours.plusWorkingDays(later, -3));
        Task replanned = task(hire, TASK_MENTOR_TASK);
        assertThat(replanned.getDueDate().toInstant()).isEqualTo(prepareDue);
        assertThat(replanned.getAssignee()).isEqualTo("mia");
        assertThat(replanned.getId()).as("re-created on the new dates").isNotEqualTo(prepare.getId());
        assertThat(tasks.getVariable(replanned.getId(), VAR_MENTOR_TASK)).as("the same mentor task")
                .isEqualTo("PREPARE_WELCOME");
        assertThat(timer(hire, TIMER_MENTOR_TASK_DUE)).isEqualTo(prepareDue);
        assertThat(timer(hire, TIMER_MENTOR_TASK_OVERDUE))
                .isEqualTo(nineAmKolkata(WorkingHours.plusWorkingDays(later, -1)));
        Map<Long, Instant> dueAfter = itemsDue(hire);
        assertThat(dueAfter.get(ticked)).as("a done item keeps its date").isEqualTo(dueBefore.get(ticked));
        for (long item : items.subList(1, items.size())) {
            LocalDate before = dueBefore.get(item).atZone(KOLKATA).toLocalDate();
            LocalDate after = dueAfter.get(item).atZone(KOLKATA).toLocalDate();
            assertThat(WorkingHours.workingDaysBetween(later, after)).as("item " + item + " keeps its distance")
                    .isEqualTo(WorkingHours.workingDaysBetween(monday, before));
            assertThat(after).isAfter(before);
        }
    }

    /** Runs the mentor branch to the first mentor task: mia suggested, confirmed and accepting. */
    private Task mentorAccepts(Hire hire) {
        management.executeJob(management.createJobQuery().processInstanceId(hire.processInstanceId())
                .activityId(TASK_SUGGEST_MENTORS).singleResult().getId());
        tasks.complete(task(hire, TASK_CONFIRM_MENTOR).getId(), Map.of(VAR_MENTOR, "mia"));
        tasks.complete(task(hire, TASK_ACCEPT_MENTEE).getId(), Map.of(VAR_MENTEE_ACCEPTED, true));
        management.executeJob(management.createJobQuery().processInstanceId(hire.processInstanceId())
                .activityId(TASK_RECORD_MENTORSHIP).singleResult().getId());
        // mia mentors many test hires: this one does not count against her limit in later tests
        jdbc.sql("UPDATE mentorship SET status = 'ENDED' WHERE mentee_id = ?").param(hire.id()).update();
        return task(hire, TASK_MENTOR_TASK);
    }

    private Map<Long, Instant> itemsDue(Hire hire) {
        Map<Long, Instant> due = new java.util.HashMap<>();
        jdbc.sql("SELECT id, due_at FROM onboarding_item WHERE new_hire_id = ?").param(hire.id())
                .query(rs -> {
                    due.put(rs.getLong(1), rs.getTimestamp(2).toInstant());
                });
        return due;
    }

    private Instant timer(Hire hire, String activityId) {
        return management.createJobQuery().processInstanceId(hire.processInstanceId()).activityId(activityId)
                .timers().singleResult().getDuedate().toInstant();
    }

    private static Instant nineAmKolkata(LocalDate day) {
        return day.atTime(9, 0).atZone(KOLKATA).toInstant();
    }

    @Test
    void shouldMoveTheTravelAndVisaTasksWithADeferral() {
        LocalDate monday = fixtures.freshMonday();
        fixtures.cohort(monday.plusWeeks(4), 40);
        long later = fixtures.cohort(monday.plusWeeks(12), 40);
        Hire hire = startAndPlace("Ana Defer", monday);

        seatChanges.defer(hire.id());

        assertFollows(hire, later, monday.plusWeeks(12));
        assertThat(people.get(hire.id()).startedOn()).as("unchanged").isEqualTo(monday);
    }

    @Test
    void shouldOnlyMoveTheSeatWhenTheOnboardingNoLongerRuns() {
        LocalDate monday = fixtures.freshMonday();
        fixtures.cohort(monday.plusWeeks(4), 40);
        long later = fixtures.cohort(monday.plusWeeks(12), 40);
        Hire hire = startAndPlace("Ana Ended", monday);
        runtime.deleteProcessInstance(hire.processInstanceId(), "test: onboarding ended");

        seatChanges.defer(hire.id());

        assertThat(xschool.current(hire.id()).orElseThrow().cohortId()).isEqualTo(later);
    }

    private void assertFollows(Hire hire, long cohortId, LocalDate cohortStart) {
        assertThat(task(hire, TASK_BOOK_TRAVEL).getDueDate().toInstant()).isEqualTo(nineAm(cohortStart.minusDays(21)));
        assertThat(task(hire, TASK_VISA_LETTER).getDueDate().toInstant()).isEqualTo(nineAm(cohortStart.minusDays(45)));
        assertThat(xschool.current(hire.id()).orElseThrow().cohortId()).isEqualTo(cohortId);
        assertThat(runtime.getVariables(hire.processInstanceId()).values()).as("the process holds no dates")
                .noneMatch(Date.class::isInstance);
    }

    record Hire(long id, String processInstanceId) {
    }

    private Hire startAndPlace(String name, LocalDate startDate) {
        long beats = jdbc.sql("SELECT id FROM team WHERE slug = 'beats'").query(Long.class).single();
        String pi = onboarding.start(new NewHireDetails(9100, name, "seat-" + UUID.randomUUID() + "@example.com", KOLKATA,
                "IN", beats, people.findByUsername("hank").orElseThrow().id(), startDate, Set.of()));
        management.executeJob(management.createJobQuery().processInstanceId(pi).activityId(TASK_ASSIGN_COHORT)
                .singleResult().getId());
        long id = Long.parseLong(runtime.createProcessInstanceQuery().processInstanceId(pi).singleResult()
                .getBusinessKey().substring(BUSINESS_KEY_PREFIX.length()));
        return new Hire(id, pi);
    }

    private Task task(Hire hire, String taskDefinitionKey) {
        return tasks.createTaskQuery().processInstanceId(hire.processInstanceId()).taskDefinitionKey(taskDefinitionKey)
                .singleResult();
    }

    private long beatsSessions(long cohortId) {
        return sessions.sessions(cohortId).stream().filter(s -> s.kind() == SessionKind.TEAM_LEAD).count();
    }

    private static Instant nineAm(LocalDate day) {
        return day.atTime(9, 0).atZone(XSchoolFixtures.MOUNTAIN_VIEW).toInstant();
    }

    private Visitor signedIn(String username) {
        return webTest.signedIn(username);
    }
}
