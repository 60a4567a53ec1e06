package dev.onramp.reports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.hiring.Application;
import dev.onramp.hiring.ApplicationRepository;
import dev.onramp.hiring.HiringProcess;
import dev.onramp.hiring.ApplicationRepository.NewApplication;
import dev.onramp.hiring.RequisitionRepository;
import dev.onramp.hiring.RequisitionRepository.NewRequisition;
import dev.onramp.interview.CandidateJourney;
import dev.onramp.loop.BeatsLoop;
import dev.onramp.people.PersonRepository;
import dev.onramp.people.PersonRepository.NewPerson;
import dev.onramp.people.Role;
import dev.onramp.people.TeamRepository;
import dev.onramp.system.OnrampAppTest;
import dev.onramp.system.WebTest;
import dev.onramp.system.WebTest.Page;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The reports' figures on a known data set: a team of its own (so the shared test database's other candidates do
 * not count), with hires, offers, interviews, feedback, a cohort and a mentor in 2011, read from the tables under
 * the charts and from the CSV.
 */
@OnrampAppTest
class ReportFiguresTest {

    private static final String RANGE = "from=2011-01-01&to=2011-12-31";
    private static final LocalDate COHORT = LocalDate.of(2011, 6, 6);
    private static final Instant MARCH_1 = Instant.parse("2011-03-01T12:00:00Z");

    @Autowired
    WebTest web;
    @Autowired
    TeamRepository teams;
    @Autowired
    PersonRepository people;
    @Autowired
    RequisitionRepository requisitions;
    @Autowired
    ApplicationRepository applications;
    @Autowired
    CandidateJourney journey;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    DailyFigures daily;

    private long team;
    private String teamName;

    @BeforeEach
    void knownDataSet() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        teamName = "Reports " + suffix;
        team = teams.insert("reports-" + suffix, teamName, BeatsLoop.KEY);
        long rita = person("rita");
        long requisition = requisitions.insert(new NewRequisition(team, "Report Engineer", person("hank"), "Anywhere", 3,
                "", rita, MARCH_1));
        long hired10 = hire(requisition, Application.Source.REFERRAL, 10);
        long hired20 = hire(requisition, Application.Source.REFERRAL, 20);
        long hired40 = hire(requisition, Application.Source.AGENCY, 40);
        long rejected = add(requisition, Application.Source.INBOUND);
        applications.recordOutcome(rejected, Application.Status.REJECTED, null, MARCH_1.plus(Duration.ofDays(2)));
        offer(hired10, "ACCEPTED");
        offer(hired20, "ACCEPTED");
        offer(hired40, "ACCEPTED");
        offer(rejected, "DECLINED");

        // two interviews: ivan on time twice, priya late once
        long first = interview(hired10, Instant.parse("2011-03-04T10:00:00Z"));
        seat(first, "ivan", 0, Duration.ofHours(2));
        seat(first, "priya", 1, Duration.ofHours(30));
        long second = interview(hired20, Instant.parse("2011-03-08T10:00:00Z"));
        seat(second, "ivan", 0, Duration.ofHours(1));

        if (jdbc.sql("SELECT COUNT(*) FROM cohort WHERE starts_on = ?").param(COHORT).query(Long.class).single() == 0) {
            jdbc.sql("INSERT INTO cohort (starts_on, ends_on, place, time_zone, capacity, seats_taken) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(COHORT, COHORT.plusDays(4), "Mountain View", "America/Los_Angeles", 10, 2).update();
        }

        long mentor = people.insert(new NewPerson("mentor-" + suffix, "Mentor " + suffix, "mentor-" + suffix + "@onramp.example",
                "{noop}x", ZoneId.of("Europe/Berlin"), "DE", team, null, LocalTime.of(9, 0), LocalTime.of(17, 0),
                LocalDate.of(2010, 1, 4), true, 2, null, null, EnumSet.of(Role.MENTOR)));
        long mentee = people.insert(new NewPerson("mentee-" + suffix, "Mentee " + suffix, "mentee-" + suffix + "@onramp.example",
                "{noop}x", ZoneId.of("Europe/Berlin"), "DE", team, null, LocalTime.of(9, 0), LocalTime.of(17, 0),
                LocalDate.of(2011, 4, 4), false, null, null, null, EnumSet.of(Role.NEW_HIRE)));
        jdbc.sql("INSERT INTO mentorship (mentee_id, mentor_id, started_at, status) VALUES (?, ?, ?, 'ACTIVE')")
                .params(mentee, mentor, Timestamp.from(Instant.parse("2011-04-04T09:00:00Z"))).update();
        // rows written here with plain SQL pass none of the listeners that mark stored days (as a bulk load)
        daily.rebuildAll();
    }

    @Test
    void shouldGiveTheMedianAndNinetiethPercentileOfTimeToHire() {
        assertThat(rows(page(), "time-to-hire")).containsExactly(List.of(teamName, "3", "20.0", "36.0"));
    }

    @Test
    void shouldCountHiresAndApplicationsBySource() {
        assertThat(rows(page(), "source-of-hire")).containsExactly(
                List.of("Agency", "1", "1", "33.3"), List.of("Inbound", "1", "0", "0.0"), List.of("Referral", "2", "2", "66.7"));
    }

    @Test
    void shouldCountOfferAnswersAndTheirAcceptance() {
        assertThat(rows(page(), "offer-acceptance")).containsExactly(List.of(teamName, "4", "3", "1", "0", "0", "75.0"));
    }

    @Test
    void shouldCountFeedbackWithin24HoursPerInterviewerAndTeam() {
        Page page = page();
        assertThat(rows(page, "feedback-interviewers")).containsExactly(
                List.of("Ivan Petrov", "Beats", "2", "2", "2", "100.0"),
                List.of(people.get(person("priya")).displayName(), "Beats", "1", "1", "0", "0.0"));
        assertThat(rows(page, "feedback-teams")).containsExactly(List.of("Beats", "3", "3", "2", "66.7"));
    }

    @Test
    void shouldCountLiveInterviewsPerInterviewerAndWeek() {
        assertThat(rows(page(), "interviewer-load")).extracting(r -> r.subList(0, 3)).containsExactly(
                List.of("2011-02-28", "Ivan Petrov", "1"),
                List.of("2011-02-28", people.get(person("priya")).displayName(), "1"),
                List.of("2011-03-07", "Ivan Petrov", "1"));
    }

    @Test
    void shouldShowTheFunnelFromScreeningToHire() {
        List<List<String>> funnel = rows(page(), "funnel");
        assertThat(funnel.get(0)).containsExactly(teamName, "Screening", "4", "100.0", "");
        assertThat(funnel.get(funnel.size() - 1)).startsWith(teamName, "Hired", "3");
    }

    @Test
    void shouldShowMentorLoadAndXSchoolFill() {
        Page page = page();
        assertThat(rows(page, "mentor-load")).extracting(r -> r.subList(1, 5))
                .containsExactly(List.of(teamName, "1", "2", "1"));
        assertThat(rows(page, "xschool-fill")).anySatisfy(r -> assertThat(r.subList(2, 6))
                .containsExactly("10", "2", "0", "20.0"));
    }

    @Test
    void shouldFollowCandidatesIntoTheStagesOfTheLoopFromTheEngineHistory() {
        String slug = "funnel-" + UUID.randomUUID().toString().substring(0, 8);
        long funnelTeam = teams.insert(slug, "Funnel " + slug, BeatsLoop.KEY);
        requisitions.insert(new NewRequisition(funnelTeam, "Funnel Engineer", person("hank"), "Anywhere", 2, "",
                person("rita"), clock.instant()));
        journey.atFirstStage(slug, "Funnel One", "Europe/Lisbon");
        journey.atFirstStage(slug, "Funnel Two", "Europe/Lisbon");
        LocalDate today = LocalDate.now(clock);

        List<List<String>> funnel = rows(web.signedIn("rita").get("/reports?from=" + today.minusDays(1) + "&to="
                + today.plusDays(1) + "&team=" + funnelTeam), "funnel");

        assertThat(funnel).extracting(r -> r.subList(1, 4)).containsExactly(
                List.of("Screening", "2", "100.0"), List.of("Take-home", "2", "100.0"),
                List.of("Decision and offer", "0", "0.0"), List.of("Hired", "0", ""));
    }

    @Test
    void shouldListTheLoopsStagesInTheOrderOfItsFlowEvenWhenALaterStageReachedMore() {
        String slug = "order-" + UUID.randomUUID().toString().substring(0, 8);
        long orderTeam = teams.insert(slug, "Order " + slug, BeatsLoop.KEY);
        long requisition = requisitions.insert(new NewRequisition(orderTeam, "Order Engineer", person("hank"), "Anywhere",
                2, "", person("rita"), MARCH_1));
        // three candidates: all screened and at team fit (an earlier version of the loop had no take-home), two
        // through the take-home, one through the technical panel (two seats, 2 and 4 days) and to the decision
        for (int n = 0; n < 3; n++) {
            String root = history(add(requisition, Application.Source.INBOUND));
            activity(root, HiringProcess.KEY, HiringProcess.TASK_SCREEN, "Screen", "userTask", 1);
            activity(root, BeatsLoop.KEY, BeatsLoop.CALL_ACTIVITY_TEAM_FIT, "Team fit and async work", "callActivity", 1);
            if (n < 2) {
                activity(root, BeatsLoop.KEY, BeatsLoop.CALL_ACTIVITY_TAKE_HOME, "Take-home", "callActivity", 5);
            }
            if (n == 0) {
                activity(root, BeatsLoop.KEY, BeatsLoop.CALL_ACTIVITY_TECHNICAL_PANEL, "Technical panel", "callActivity", 2);
                activity(root, BeatsLoop.KEY, BeatsLoop.CALL_ACTIVITY_TECHNICAL_PANEL, "Technical panel", "callActivity", 4);
                activity(root, HiringProcess.KEY, HiringProcess.CALL_ACTIVITY_DECIDE_AND_OFFER, "Decide", "callActivity", 3);
            }
        }
        daily.rebuildAll();

        List<List<String>> funnel = rows(web.signedIn("rita").get("/reports?" + RANGE + "&team=" + orderTeam), "funnel");

        assertThat(funnel).extracting(r -> r.subList(1, 5)).containsExactly(
                List.of("Screening", "3", "100.0", "1.0"),
                List.of("Take-home", "2", "66.7", "5.0"),
                List.of("Technical panel", "1", "50.0", "3.0"),
                List.of("Team fit and async work", "3", "300.0", "1.0"),
                List.of("Decision and offer", "1", "33.3", "3.0"),
                List.of("Hired", "0", "0.0", ""));
    }

    @Test
    void shouldOrderStagesTheFlowDoesNotKnowAfterItsStagesByReach() {
        record Step(String activity, long reached) {
        }
        List<Step> steps = new java.util.ArrayList<>(List.of(new Step("Unknown_Few", 1), new Step("Late", 9),
                new Step("Unknown_Many", 5), new Step("Early", 2)));

        steps.sort(ReportQueries.stageOrder(List.of("Early", "Late"), Step::activity, Step::reached, Step::activity));

        assertThat(steps).extracting(Step::activity).containsExactly("Early", "Late", "Unknown_Many", "Unknown_Few");
    }

    @Test
    void shouldExportAReportAsCsvWithTheSameFigures() {
        Page csv = web.signedIn("rita").get("/reports/time-to-hire.csv?" + RANGE + "&team=" + team);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.html()).isEqualTo("Team,Hires,Median (days),90th percentile (days)\r\n" + teamName + ",3,20.0,36.0\r\n");
    }

    @Test
    void shouldExportAnEmptyReportAsItsHeader() {
        Page csv = web.signedIn("rita").get("/reports/offer-acceptance.csv?from=2001-01-01&to=2001-01-31&team=" + team);
        assertThat(csv.html()).isEqualTo("Team,Offers,Accepted,Declined,Expired,Not answered yet,Acceptance (%)\r\n");
    }

    // --- the data set

    private Page page() {
        Page page = web.signedIn("rita").get("/reports?" + RANGE + "&team=" + team);
        assertThat(page.status()).isEqualTo(200);
        return page;
    }

    private static List<List<String>> rows(Page page, String report) {
        return page.select("#table-" + report + " tbody tr").stream()
                .map(tr -> tr.select("td").stream().map(Element::text).toList()).toList();
    }

    private long person(String username) {
        return people.findByUsername(username).orElseThrow().id();
    }

    private long add(long requisition, Application.Source source) {
        return applications.insert(new NewApplication(requisition, "Report Candidate",
                UUID.randomUUID() + "@example.com", "Europe/Lisbon", "PT", null, source, person("rita"), MARCH_1));
    }

    /** Gives the application a (made-up) process instance; returns its id, the root of its history rows. */
    private String history(long application) {
        String root = "report-test-" + UUID.randomUUID();
        applications.setProcessInstanceId(application, root);
        return root;
    }

    /** One finished activity instance in the engine's history, started on 2 March 2011 and lasting {@code days}. */
    private void activity(String root, String definitionKey, String activity, String name, String type, int days) {
        Instant start = MARCH_1.plus(Duration.ofDays(1));
        jdbc.sql("""
                INSERT INTO ACT_HI_ACTINST (ID_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_, PROC_INST_ID_,
                    EXECUTION_ID_, ACT_ID_, ACT_NAME_, ACT_TYPE_, START_TIME_, END_TIME_, DURATION_, ACT_INST_STATE_,
                    SEQUENCE_COUNTER_)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 4, 1)
                """).params(UUID.randomUUID().toString(), definitionKey, definitionKey + ":1:test", root, root, root,
                activity, name, type, Timestamp.from(start), Timestamp.from(start.plus(Duration.ofDays(days))),
                Duration.ofDays(days).toMillis()).update();
    }

    private long hire(long requisition, Application.Source source, int days) {
        long id = add(requisition, source);
        applications.recordOutcome(id, Application.Status.HIRED, null, MARCH_1.plus(Duration.ofDays(days)));
        return id;
    }

    private void offer(long application, String status) {
        jdbc.sql("""
                INSERT INTO offer (application_id, process_instance_id, start_date, work_country, time_zone,
                                   annual_amount, currency, status, prepared_by, prepared_at)
                VALUES (?, ?, ?, 'PT', 'Europe/Lisbon', 50000, 'EUR', ?, ?, ?)
                """).params(application, UUID.randomUUID().toString(), LocalDate.of(2011, 6, 1), status,
                person("rita"), Timestamp.from(MARCH_1.plus(Duration.ofDays(5)))).update();
    }

    private long interview(long application, Instant endsAt) {
        jdbc.sql("""
                INSERT INTO interview (application_id, stage_key, stage_name, kind, starts_at, ends_at, status,
                                       scheduled_by, scheduled_at)
                VALUES (?, 'technical-panel', 'Technical panel', 'LIVE', ?, ?, 'DONE', ?, ?)
                """).params(application, Timestamp.from(endsAt.minus(Duration.ofHours(1))), Timestamp.from(endsAt),
                person("rita"), Timestamp.from(MARCH_1)).update();
        return jdbc.sql("SELECT MAX(id) FROM interview WHERE application_id = ?").param(application).query(Long.class).single();
    }

    private void seat(long interview, String username, int seat, Duration submittedAfterEnd) {
        long interviewer = person(username);
        jdbc.sql("INSERT INTO interview_panel (interview_id, person_id, seat) VALUES (?, ?, ?)")
                .params(interview, interviewer, seat).update();
        Instant endsAt = jdbc.sql("SELECT ends_at FROM interview WHERE id = ?").param(interview)
                .query(Timestamp.class).single().toInstant();
        Timestamp submitted = Timestamp.from(endsAt.plus(submittedAfterEnd));
        long application = jdbc.sql("SELECT application_id FROM interview WHERE id = ?").param(interview).query(Long.class).single();
        jdbc.sql("""
                INSERT INTO feedback (interview_id, application_id, interviewer_id, status, vote, created_at, updated_at,
                                      submitted_at)
                VALUES (?, ?, ?, 'SUBMITTED', 1, ?, ?, ?)
                """).params(interview, application, interviewer, submitted, submitted, submitted).update();
    }
}
