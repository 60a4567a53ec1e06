package dev.onramp.hiring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.onramp.audit.AuditActions;
import dev.onramp.audit.AuditFilter;
import dev.onramp.audit.AuditLog;
import dev.onramp.interview.InterviewRepository;
import dev.onramp.loop.Stage;
import dev.onramp.system.OnrampAppTest;
import dev.onramp.system.WebTest.Page;
import dev.onramp.system.WebTest.Visitor;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A candidate's data has a lifetime: the export of everything held about them, erasure on request, and the
 * retention job, through MockMvc and the real processes.
 */
@OnrampAppTest
class CandidateDataAppTest {

    private static final String EVIDENCE = "Walked us through their own Kafka consumer";
    private static final String DEBRIEF = "Strong on async writing, the panel agreed";

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog audit;

    @Autowired
    RetentionJob retention;

    @Autowired
    ObjectMapper json;

    private HiringScenario scenario;
    private long requisitionId;
    private long applicationId;
    private long otherId;
    private String otherEmail;
    private Visitor rita;

    @BeforeEach
    void twoCandidatesWithFeedbackAndADecision() {
        scenario = new HiringScenario(context);
        requisitionId = scenario.openRequisition("beats");
        applicationId = scenario.addCandidate(requisitionId);
        otherEmail = "brian-" + UUID.randomUUID() + "@example.com";
        otherId = context.getBean(ApplicationRepository.class).insert(new ApplicationRepository.NewApplication(
                requisitionId, "Brian Other", otherEmail, "Europe/Oslo", "NO", "https://example.com/brian",
                Application.Source.INBOUND, scenario.personId("rita"), Instant.now()));
        feedback(applicationId, 1, EVIDENCE);
        feedback(otherId, -1, "Other candidate's evidence");
        context.getBean(dev.onramp.decision.DecisionRecordRepository.class).insert(applicationId, "HIRE", "debrief",
                scenario.personId("hank"), DEBRIEF, new dev.onramp.feedback.VoteTally.Tally(1, 0, 0, List.of()),
                Instant.now());
        rita = scenario.signedIn("rita");
    }

    /** A submitted scorecard by Ivan on a new interview of the application, with a vote, reason and evidence. */
    private void feedback(long application, int vote, String evidence) {
        Instant start = Instant.now().minus(Duration.ofDays(1));
        long interview = context.getBean(InterviewRepository.class).insert(new InterviewRepository.NewInterview(
                application, "pairing", "Pairing", Stage.Kind.LIVE, null, null, start, start.plus(Duration.ofHours(1)),
                scenario.personId("rita"), start), List.of(scenario.personId("ivan")));
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("""
                INSERT INTO feedback (interview_id, application_id, interviewer_id, status, vote, vote_reason,
                                      note_for_next, created_at, updated_at, submitted_at)
                VALUES (?, ?, ?, 'SUBMITTED', ?, ?, ?, ?, ?, ?)
                """).params(interview, application, scenario.personId("ivan"), vote, "Reason: " + evidence,
                "Ask about " + evidence, now, now, now).update();
        long feedbackId = jdbc.sql("SELECT MAX(id) FROM feedback WHERE application_id = ?").param(application)
                .query(Long.class).single();
        jdbc.sql("INSERT INTO feedback_rating (feedback_id, attribute, rating, evidence) VALUES (?, 'code-quality', 'YES', ?)")
                .params(feedbackId, evidence).update();
    }

    private long audited(String action, long application) {
        return audit.search(new AuditFilter(action, null, AuditActions.APPLICATION, String.valueOf(application), null,
                null), 0, 10).total();
    }

    private Page erase(Visitor visitor, long application, Map<String, String> fields) {
        String page = "/applications/" + application + "/erase";
        return visitor.postForm(page, page, fields);
    }

    @Test
    void shouldExportEverythingHeldAboutTheCandidateAndNothingOfAnother() throws Exception {
        Page export = rita.getJson("/applications/" + applicationId + "/export");

        assertThat(export.status()).isEqualTo(200);
        assertThat(export.contentType()).startsWith("application/json");
        JsonNode data = json.readTree(export.html()).path("data");
        Application application = scenario.application(applicationId);
        assertThat(data.path("application").path("candidateName").asText()).isEqualTo(HiringScenario.CANDIDATE_NAME);
        assertThat(data.path("application").path("candidateEmail").asText()).isEqualTo(application.candidateEmail());
        assertThat(data.path("application").path("resumeUrl").asText()).isEqualTo(HiringScenario.RESUME);
        assertThat(data.path("interviews")).hasSize(1);
        assertThat(data.path("interviews").get(0).path("panel").get(0).asText()).isEqualTo("ivan");
        assertThat(data.path("feedback").get(0).path("vote").asInt()).isEqualTo(1);
        assertThat(data.path("feedback").get(0).path("ratings").get(0).path("evidence").asText()).isEqualTo(EVIDENCE);
        assertThat(data.path("decisions").get(0).path("rationale").asText()).isEqualTo(DEBRIEF);
        assertThat(data.has("offers")).isTrue();
        assertThat(data.has("onboarding")).isTrue();
        assertThat(export.html()).doesNotContain(otherEmail).doesNotContain("Brian Other")
                .doesNotContain("Other candidate's evidence");
        assertThat(audited(AuditActions.CANDIDATE_EXPORTED, applicationId)).isEqualTo(1);
    }

    @Test
    void shouldEraseARunningApplicationOnRequestEndingItsProcessAndKeepingWhatReportsCount() {
        assertThat(rita.get("/applications/" + applicationId).has("#erase-link")).isTrue();
        long applicationsOfRequisition = jdbc.sql("SELECT COUNT(*) FROM application WHERE requisition_id = ?")
                .param(requisitionId).query(Long.class).single();

        Page done = erase(rita, applicationId, Map.of("reason", "CANDIDATE_REQUEST", "confirm", "true"));

        assertThat(done.location()).isEqualTo("/applications/" + applicationId);
        assertThat(rita.follow(done).flash()).contains("The candidate is erased");
        scenario.runAsyncJobs(applicationId);
        assertThat(scenario.runningProcesses(applicationId)).as("ended by the withdrawal path").isEmpty();
        Application erased = scenario.application(applicationId);
        assertThat(erased.candidateName()).isEqualTo("Erased candidate #" + applicationId);
        assertThat(erased.candidateEmail()).doesNotContain("example.com");
        assertThat(erased.resumeUrl()).isNull();
        assertThat(erased.outcomeReason()).isNull();
        assertThat(erased.status()).isEqualTo(Application.Status.WITHDRAWN);
        assertThat(erased.endedAt()).isNotNull();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM application WHERE requisition_id = ?").param(requisitionId)
                .query(Long.class).single()).as("the application still counts").isEqualTo(applicationsOfRequisition);
        assertThat(jdbc.sql("SELECT vote FROM feedback WHERE application_id = ?").param(applicationId)
                .query(Integer.class).single()).as("the vote stays").isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM feedback f JOIN feedback_rating r ON r.feedback_id = f.id "
                + "WHERE f.application_id = ? AND (r.evidence IS NOT NULL OR f.vote_reason IS NOT NULL "
                + "OR f.note_for_next IS NOT NULL)").param(applicationId).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT rationale FROM decision_record WHERE application_id = ?").param(applicationId)
                .query(String.class).single()).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM feedback_rating r JOIN feedback f ON r.feedback_id = f.id "
                + "WHERE f.application_id = ? AND r.evidence IS NOT NULL").param(otherId).query(Long.class).single())
                .as("another candidate's data is untouched").isEqualTo(1);
        assertThat(scenario.application(otherId).candidateEmail()).isEqualTo(otherEmail);
        assertThat(audited(AuditActions.CANDIDATE_ERASED, applicationId)).isEqualTo(1);
        assertThat(audit.search(new AuditFilter(AuditActions.CANDIDATE_ERASED, "rita", AuditActions.APPLICATION,
                String.valueOf(applicationId), null, null), 0, 1).entries().get(0).detail())
                .isEqualTo("reason=CANDIDATE_REQUEST withdrawn=true");

        Page again = erase(rita, applicationId, Map.of("reason", "CANDIDATE_REQUEST", "confirm", "true"));
        assertThat(rita.follow(again).flash()).contains("was erased already");
        assertThat(audited(AuditActions.CANDIDATE_ERASED, applicationId)).isEqualTo(1);
    }

    @Test
    void shouldAskForTheReasonAndTheConfirmationNextToTheirFieldsAndEraseNothing() {
        Page page = erase(rita, applicationId, Map.of());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text("#reason-error")).isEqualTo("Choose why the candidate is erased.");
        assertThat(page.text("#confirm-error")).isEqualTo("Tick the box to confirm; erasing cannot be undone.");
        Page unticked = erase(rita, applicationId, Map.of("reason", "CANDIDATE_REQUEST", "confirm", "false"));
        assertThat(unticked.text("#confirm-error")).isEqualTo("Tick the box to confirm; erasing cannot be undone.");
        assertThat(unticked.has("#reason-error")).isFalse();
        assertThat(scenario.application(applicationId).candidateName()).isEqualTo(HiringScenario.CANDIDATE_NAME);
        assertThat(scenario.application(applicationId).isActive()).isTrue();
        assertThat(audited(AuditActions.CANDIDATE_ERASED, applicationId)).isZero();
    }

    @Test
    void shouldLetOnlyRecruitersAndAdminsExportOrErase() {
        for (String username : List.of("hank", "ivan", "mia", "cora")) {
            Visitor visitor = scenario.signedIn(username);
            assertThat(visitor.getJson("/applications/" + applicationId + "/export").status()).as(username).isEqualTo(403);
            assertThat(visitor.get("/applications/" + applicationId + "/erase").status()).as(username).isEqualTo(403);
            assertThat(visitor.post("/applications/" + applicationId + "/erase",
                    Map.of("reason", "CANDIDATE_REQUEST", "confirm", "true")).status()).as(username).isIn(403, 404);
        }
        assertThat(scenario.signedIn("hank").get("/applications/" + applicationId).has("#candidate-data")).isFalse();
        assertThat(rita.getJson("/applications/999999999/export").status()).isEqualTo(404);
        assertThat(scenario.application(applicationId).candidateName()).isEqualTo(HiringScenario.CANDIDATE_NAME);
        assertThat(audited(AuditActions.CANDIDATE_EXPORTED, applicationId)).isZero();

        Page asAdmin = scenario.signedIn("admin").getJson("/applications/" + applicationId + "/export");
        assertThat(asAdmin.status()).isEqualTo(200);
    }

    @Test
    void shouldAnonymiseOnlyApplicationsThatEndedLongerAgoThanTheRetentionPeriod() {
        Instant now = Instant.parse("2030-06-15T12:00:00Z");
        endAt(applicationId, now.atZone(ZoneOffset.UTC).minusYears(2).minusDays(1).toInstant());
        endAt(otherId, now.atZone(ZoneOffset.UTC).minusYears(2).plusDays(1).toInstant());

        Page due = scenario.signedIn("admin").get("/admin/privacy");
        assertThat(due.status()).isEqualTo(200);

        assertThat(retention.run(now)).isGreaterThanOrEqualTo(1);

        assertThat(scenario.application(applicationId).candidateName()).isEqualTo("Erased candidate #" + applicationId);
        assertThat(scenario.application(applicationId).status()).isEqualTo(Application.Status.REJECTED);
        assertThat(scenario.application(otherId).candidateName()).as("a day short of two years").isEqualTo("Brian Other");
        assertThat(scenario.application(otherId).candidateEmail()).isEqualTo(otherEmail);
        assertThat(audit.search(new AuditFilter(AuditActions.CANDIDATE_ANONYMISED, AuditLog.SYSTEM,
                AuditActions.APPLICATION, String.valueOf(applicationId), null, null), 0, 1).total()).isEqualTo(1);
        assertThat(retention.run(now)).as("done once").isZero();

        Page page = scenario.signedIn("admin").get("/admin/privacy");
        assertThat(page.has("#anonymised-" + applicationId)).isTrue();
        assertThat(page.text("#anonymised-" + applicationId)).contains("Retention period over");
        assertThat(page.has("#anonymised-" + otherId)).isFalse();
    }

    @Test
    void shouldListWhatIsDueSoonForAdmins() {
        Instant endedAlmostTwoYearsAgo = Instant.now().atZone(ZoneOffset.UTC).minusYears(2).plusDays(10).toInstant();
        endAt(otherId, endedAlmostTwoYearsAgo);

        Page page = scenario.signedIn("admin").get("/admin/privacy");

        assertThat(page.has("#due-" + otherId)).isTrue();
        assertThat(page.has("#due-" + applicationId)).as("still running").isFalse();
    }

    /** Ends the application (rejected) at the given instant, as if long ago. */
    private void endAt(long application, Instant endedAt) {
        jdbc.sql("UPDATE application SET status = 'REJECTED', ended_at = ?, outcome_reason = 'Not now' WHERE id = ?")
                .params(Timestamp.from(endedAt), application).update();
    }
}
