package dev.onramp.reports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.feedback.FeedbackSubmitted;
import dev.onramp.hiring.Application;
import dev.onramp.hiring.ApplicationEnded;
import dev.onramp.hiring.ApplicationRepository;
import dev.onramp.hiring.ApplicationRepository.NewApplication;
import dev.onramp.hiring.HiringProcess;
import dev.onramp.hiring.RequisitionRepository;
import dev.onramp.hiring.RequisitionRepository.NewRequisition;
import dev.onramp.interview.Interview;
import dev.onramp.interview.InterviewRepository;
import dev.onramp.interview.InterviewRepository.NewInterview;
import dev.onramp.loop.BeatsLoop;
import dev.onramp.loop.Stage;
import dev.onramp.people.PersonRepository;
import dev.onramp.people.TeamRepository;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reports read from the daily figures ({@link DailyFigures}) give exactly what the live computation (every row of
 * the range) gives: on a known data set of early 2012 (applications, engine history, interviews, panels, scorecards
 * at every hour of the UTC day), for ranges in zones whose midnight cuts UTC days (Asia/Kolkata's half hour
 * included), for every team and for one; and right after a change to a stored day (a stage reached, a hire, a
 * scorecard, an interview cancelled) the figures move. Run on H2 ({@link DailyFiguresTest}) and PostgreSQL
 * ({@link DailyFiguresPostgresIT}).
 */
abstract class DailyFiguresChecks {

    private static final Instant START = Instant.parse("2012-01-01T00:00:00Z");
    private static final Function<String, String> KEYS = k -> k;

    @Autowired
    ReportQueries reports;
    @Autowired
    DailyFigures daily;
    @Autowired
    TeamRepository teams;
    @Autowired
    PersonRepository people;
    @Autowired
    RequisitionRepository requisitions;
    @Autowired
    ApplicationRepository applications;
    @Autowired
    InterviewRepository interviews;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    private long team;
    private long requisition;
    private String slug;

    @BeforeEach
    void knownDataSet() {
        slug = "daily-" + UUID.randomUUID().toString().substring(0, 8);
        team = teams.insert(slug, "Daily " + slug, BeatsLoop.KEY);
        requisition = requisitions.insert(new NewRequisition(team, "Daily Engineer", person("hank"), "Anywhere", 9, "",
                person("rita"), START));
        long ivan = person("ivan");
        long priya = person("priya");
        for (int i = 0; i < 60; i++) {
            // every 31 hours and 7 minutes: all hours of the day, Kolkata's and Los Angeles's midnights among them
            Instant created = START.plus(Duration.ofMinutes(i * (31 * 60 + 7L)));
            long id = add(created);
            if (i % 4 == 0) {
                applications.recordOutcome(id, Application.Status.HIRED, null, created.plus(Duration.ofDays(30)));
            } else if (i % 4 == 1) {
                applications.recordOutcome(id, Application.Status.REJECTED, null, created.plus(Duration.ofDays(3)));
            }
            String root = "daily-test-" + UUID.randomUUID();
            applications.setProcessInstanceId(id, root);
            activity(root, HiringProcess.KEY, HiringProcess.TASK_SCREEN, "Screen", "userTask",
                    created.plus(Duration.ofHours(1)), Duration.ofHours(i + 1));
            if (i % 2 == 0) {
                activity(root, BeatsLoop.KEY, BeatsLoop.CALL_ACTIVITY_TEAM_FIT, "Team fit and async work", "callActivity",
                        created.plus(Duration.ofDays(2)), Duration.ofHours(30 + i));
            }
            if (i % 3 == 0) {
                activity(root, BeatsLoop.KEY, BeatsLoop.CALL_ACTIVITY_TAKE_HOME, "Take-home", "callActivity",
                        created.plus(Duration.ofDays(3)), i % 9 == 0 ? null : Duration.ofHours(50));
                activity(root, HiringProcess.KEY, HiringProcess.CALL_ACTIVITY_DECIDE_AND_OFFER, "Decide", "callActivity",
                        created.plus(Duration.ofDays(6)), Duration.ofHours(20));
            }
            if (i % 2 == 0) {
                Instant starts = created.plus(Duration.ofDays(3)).plus(Duration.ofMinutes(i * 47L));
                long interview = interview(id, i % 6 == 0 ? "TAKE_HOME" : "LIVE", starts, starts.plus(Duration.ofHours(1)),
                        i % 7 == 0 ? "CANCELLED" : "DONE");
                seat(interview, id, ivan, 0, Duration.ofHours(i % 3 * 20));
                seat(interview, id, priya, 1, i % 4 == 0 ? null : Duration.ofHours(5 + i));
            }
        }
        // rows written here with plain SQL pass none of the listeners that mark stored days (as a bulk load)
        daily.rebuildAll();
    }

    @AfterEach
    void on() {
        daily.enabled(true);
    }

    @Test
    void shouldGiveWhatTheLiveComputationGivesForRangesAndZonesThatCutDays() {
        List<ReportRange> ranges = List.of(
                new ReportRange(LocalDate.of(2012, 1, 1), LocalDate.of(2012, 3, 31), null),
                new ReportRange(LocalDate.of(2012, 1, 10), LocalDate.of(2012, 2, 20), null),
                new ReportRange(LocalDate.of(2012, 1, 31), LocalDate.of(2012, 3, 1), team),
                new ReportRange(LocalDate.of(2011, 12, 30), LocalDate.of(2012, 1, 2), null),
                new ReportRange(LocalDate.of(2012, 2, 14), LocalDate.of(2012, 2, 14), team));
        List<ZoneId> zones = List.of(ZoneOffset.UTC, ZoneId.of("Asia/Kolkata"), ZoneId.of("America/Los_Angeles"),
                ZoneId.of("Australia/Adelaide"));
        for (ReportRange range : ranges) {
            for (ZoneId zone : zones) {
                List<Report> stored = reports.all(range, zone, KEYS);
                assertThat(stored).as("%s in %s", range, zone).isEqualTo(live(range, zone));
                for (String key : List.of(ReportQueries.FUNNEL, ReportQueries.FEEDBACK_INTERVIEWERS,
                        ReportQueries.INTERVIEWER_LOAD, ReportQueries.SOURCE_OF_HIRE)) {
                    assertThat(reports.report(key, range, zone, KEYS)).as("%s %s in %s", key, range, zone)
                            .isEqualTo(stored.get(ReportQueries.ALL.indexOf(key)));
                }
            }
        }
        // and the stored days were read: every kind stored January, and a Kolkata range reads most of it stored
        for (DailyFigures.Kind kind : DailyFigures.Kind.values()) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM report_day_done WHERE kind = ? AND utc_day >= ? AND utc_day < ?")
                    .params(kind.key(), LocalDate.of(2012, 1, 1), LocalDate.of(2012, 2, 1)).query(Long.class).single())
                    .as(kind.key()).isEqualTo(31);
        }
        ReportRange january = new ReportRange(LocalDate.of(2012, 1, 1), LocalDate.of(2012, 1, 31), null);
        DailyFigures.Plan plan = new TransactionTemplate(transactions).execute(s -> daily.plan(DailyFigures.Kind.FUNNEL,
                january.start(ZoneId.of("Asia/Kolkata")), january.end(ZoneId.of("Asia/Kolkata"))));
        assertThat(plan.stored()).isEqualTo(new DailyFigures.Days(LocalDate.of(2012, 1, 1), LocalDate.of(2012, 1, 31)));
        assertThat(plan.storedExcept()).isEmpty();
        assertThat(plan.raw()).hasSize(2); // Kolkata's 1 January before UTC midnight, and its 31st after 18:30 UTC
        assertThat(reports.report(ReportQueries.FUNNEL, january, ZoneId.of("Asia/Kolkata"), KEYS).rows())
                .anySatisfy(r -> assertThat(r.subList(0, 3)).containsExactly("Daily " + slug, "reports.funnel.screening",
                        Long.toString(appsCreated(january.start(ZoneId.of("Asia/Kolkata")),
                                january.end(ZoneId.of("Asia/Kolkata"))))));
    }

    @Test
    void shouldMoveRightAfterAHireAScorecardACancellationAndAStageReachedOnAStoredDay() {
        Instant tenDaysAgo = clock.instant().minus(Duration.ofDays(10));
        LocalDate day = tenDaysAgo.atZone(ZoneOffset.UTC).toLocalDate();
        ReportRange range = new ReportRange(day.minusDays(1), day.plusDays(1), team);
        ReportRange everyTeam = new ReportRange(day.minusDays(1), day.plusDays(1), null);
        long id = add(tenDaysAgo);
        String instance = runtime.startProcessInstanceByKey(HiringProcess.KEY, HiringProcess.businessKey(id),
                HiringProcess.startVariables(id, requisition, slug, BeatsLoop.KEY, "hank")).getId();
        applications.setProcessInstanceId(id, instance);
        long ivan = person("ivan");
        long interview = interviews.insert(new NewInterview(id, "team-fit", "Team fit", Stage.Kind.LIVE, null, null,
                tenDaysAgo.plus(Duration.ofHours(2)), tenDaysAgo.plus(Duration.ofHours(3)), person("rita"), tenDaysAgo),
                List.of(ivan));
        jdbc.sql("""
                INSERT INTO feedback (interview_id, application_id, interviewer_id, status, vote, created_at, updated_at)
                VALUES (?, ?, ?, 'DRAFT', 1, ?, ?)
                """).params(interview, id, ivan, Timestamp.from(tenDaysAgo), Timestamp.from(tenDaysAgo)).update();
        reports.all(range, ZoneOffset.UTC, KEYS);
        reports.all(everyTeam, ZoneOffset.UTC, KEYS);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM report_day_done WHERE utc_day = ?").param(day).query(Long.class)
                .single()).isEqualTo(3); // the day is stored: funnel, feedback, load
        assertThat(cell(range, ReportQueries.FUNNEL, "Take-home")).isNull();
        String seatsBefore = ivansFeedback(everyTeam).get(3);

        // a stage reached: screening done, the loop's first stage called (the engine's history, its event bridge)
        Task screen = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(HiringProcess.TASK_SCREEN)
                .singleResult();
        tasks.complete(screen.getId(), Map.of(HiringProcess.VAR_SCREENING, HiringProcess.SCREENING_ADVANCE));
        Job loop = management.createJobQuery().processInstanceId(instance)
                .activityId(HiringProcess.CALL_ACTIVITY_TEAM_LOOP).singleResult();
        if (loop != null) { // PostgreSQL's tests run the job executor: it may have run it already
            try {
                management.executeJob(loop.getId());
            } catch (org.camunda.bpm.engine.ProcessEngineException ranMeanwhile) {
                // the job executor ran it
            }
        }
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> "1".equals(cell(range, ReportQueries.FUNNEL, "Take-home")));
        assertSameAsLive(range);

        // a scorecard submitted (as the feedback feature's repository does it, with its event)
        jdbc.sql("UPDATE feedback SET status = 'SUBMITTED', submitted_at = ? WHERE interview_id = ?")
                .params(Timestamp.from(tenDaysAgo.plus(Duration.ofHours(5))), interview).update();
        long feedbackId = jdbc.sql("SELECT id FROM feedback WHERE interview_id = ?").param(interview).query(Long.class)
                .single();
        events.publishEvent(new FeedbackSubmitted(feedbackId, interview));
        List<String> after = ivansFeedback(everyTeam);
        assertThat(Long.parseLong(after.get(3))).isEqualTo(Long.parseLong(seatsBefore) + 1);
        assertSameAsLive(everyTeam);

        // the interview cancelled: its seat no longer counts, nor its load
        String loadBefore = ivansLoad(everyTeam);
        interviews.setStatus(interview, Interview.Status.SCHEDULED, Interview.Status.CANCELLED);
        assertThat(Long.parseLong(ivansLoad(everyTeam))).isEqualTo(Long.parseLong(loadBefore) - 1);
        assertSameAsLive(everyTeam);

        // a hire (as hiring's outcomes record it, with their event)
        String hiredBefore = cell(range, ReportQueries.FUNNEL, "reports.funnel.hired");
        applications.recordOutcome(id, Application.Status.HIRED, null, clock.instant());
        events.publishEvent(new ApplicationEnded(id, Application.Status.HIRED));
        assertThat(Long.parseLong(cell(range, ReportQueries.FUNNEL, "reports.funnel.hired")))
                .isEqualTo(Long.parseLong(hiredBefore) + 1);
        assertSameAsLive(range);
        assertSameAsLive(everyTeam);
        runtime.deleteProcessInstance(instance, "test over");
    }

    // --- helpers

    private List<Report> live(ReportRange range, ZoneId zone) {
        daily.enabled(false);
        try {
            return reports.all(range, zone, KEYS);
        } finally {
            daily.enabled(true);
        }
    }

    private void assertSameAsLive(ReportRange range) {
        assertThat(reports.all(range, ZoneOffset.UTC, KEYS)).isEqualTo(live(range, ZoneOffset.UTC));
    }

    /** The funnel's "reached" of a step of this test's team; null when the step is not listed. */
    private String cell(ReportRange range, String report, String step) {
        return reports.report(report, range, ZoneOffset.UTC, KEYS).rows().stream()
                .filter(r -> r.get(0).equals("Daily " + slug) && r.get(1).equals(step)).map(r -> r.get(2))
                .findFirst().orElse(null);
    }

    private List<String> ivansFeedback(ReportRange range) {
        return reports.report(ReportQueries.FEEDBACK_INTERVIEWERS, range, ZoneOffset.UTC, KEYS).rows().stream()
                .filter(r -> r.get(0).equals(people.get(person("ivan")).displayName())).findFirst().orElseThrow();
    }

    private String ivansLoad(ReportRange range) {
        String ivan = people.get(person("ivan")).displayName();
        return Long.toString(reports.report(ReportQueries.INTERVIEWER_LOAD, range, ZoneOffset.UTC, KEYS).rows().stream()
                .filter(r -> r.get(1).equals(ivan)).mapToLong(r -> Long.parseLong(r.get(2))).sum());
    }

    private long appsCreated(Instant from, Instant until) {
        return jdbc.sql("SELECT COUNT(*) FROM application WHERE requisition_id = ? AND created_at >= ? AND created_at < ?")
                .params(requisition, Timestamp.from(from), Timestamp.from(until)).query(Long.class).single();
    }

    private long person(String username) {
        return people.findByUsername(username).orElseThrow().id();
    }

    private long add(Instant created) {
        return applications.insert(new NewApplication(requisition, "Daily Candidate", UUID.randomUUID() + "@example.com",
                "Europe/Lisbon", "PT", null, Application.Source.INBOUND, person("rita"), created));
    }

    private void activity(String root, String definitionKey, String activity, String name, String type, Instant start,
                          Duration duration) {
        jdbc.sql("""
                INSERT INTO ACT_HI_ACTINST (ID_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_, PROC_INST_ID_,
                    EXECUTION_ID_, ACT_ID_, ACT_NAME_, ACT_TYPE_, START_TIME_, END_TIME_, DURATION_, ACT_INST_STATE_,
                    SEQUENCE_COUNTER_)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 4, 1)
                """).params(UUID.randomUUID().toString(), definitionKey, definitionKey + ":1:test", root, root, root,
                activity, name, type, Timestamp.from(start),
                duration == null ? null : Timestamp.from(start.plus(duration)),
                duration == null ? null : duration.toMillis()).update();
    }

    private long interview(long application, String kind, Instant starts, Instant ends, String status) {
        jdbc.sql("""
                INSERT INTO interview (application_id, stage_key, stage_name, kind, starts_at, ends_at, status,
                                       scheduled_by, scheduled_at)
                VALUES (?, 'team-fit', 'Team fit', ?, ?, ?, ?, ?, ?)
                """).params(application, kind, Timestamp.from(starts), Timestamp.from(ends), status, person("rita"),
                Timestamp.from(starts)).update();
        return jdbc.sql("SELECT MAX(id) FROM interview WHERE application_id = ?").param(application).query(Long.class)
                .single();
    }

    private void seat(long interview, long application, long person, int seat, Duration submittedAfterEnd) {
        jdbc.sql("INSERT INTO interview_panel (interview_id, person_id, seat) VALUES (?, ?, ?)")
                .params(interview, person, seat).update();
        Instant ends = jdbc.sql("SELECT ends_at FROM interview WHERE id = ?").param(interview).query(Timestamp.class)
                .single().toInstant();
        Timestamp submitted = submittedAfterEnd == null ? null : Timestamp.from(ends.plus(submittedAfterEnd));
        jdbc.sql("""
                INSERT INTO feedback (interview_id, application_id, interviewer_id, status, vote, created_at, updated_at,
                                      submitted_at)
                VALUES (?, ?, ?, ?, 1, ?, ?, ?)
                """).params(interview, application, person, submitted == null ? "DRAFT" : "SUBMITTED",
                Timestamp.from(ends), Timestamp.from(ends), submitted).update();
    }
}
