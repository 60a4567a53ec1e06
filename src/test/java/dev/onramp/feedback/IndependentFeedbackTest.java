package dev.onramp.feedback;

import static dev.onramp.feedback.FeedbackFixture.completeTakeHome;
import static dev.onramp.feedback.FeedbackFixture.fields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.decision.DecideAndOffer;
import dev.onramp.decision.DecideAndOfferDriver;
import dev.onramp.feedback.FeedbackFixture.Review;
import dev.onramp.system.OnrampAppTest;
import dev.onramp.system.WebTest;
import dev.onramp.system.WebTest.Page;
import dev.onramp.system.WebTest.Visitor;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Feedback is independent, on every page that shows it: an interviewer sees only their own until they have
 * submitted it; recruiters, admins and the hiring manager see the panel's submitted feedback; others nothing.
 */
@OnrampAppTest
class IndependentFeedbackTest {

    @Autowired
    WebTest webTest;

    @Autowired
    FeedbackFixture fixture;
    @Autowired
    FeedbackRepository feedback;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    HistoryService history;

    DecideAndOfferDriver decisions;

    @BeforeEach
    void driver() {
        decisions = new DecideAndOfferDriver(runtime, tasks, management, history);
    }

    @AfterEach
    void cleanUp() {
        decisions.cleanUp();
    }

    @Test
    void shouldKeepPriyasFeedbackFromIvanOnEveryPageUntilHeHasSubmittedHisOwn() {
        Review review = priyaSubmittedIvanDrafted("Independent Ivan");
        long app = review.application().id();
        long priyas = feedbackOf(review, "priya").id();
        Visitor ivan = signedIn("ivan");

        assertThat(ivan.get("/feedback/" + priyas).status()).isEqualTo(404);
        assertThat(ivan.get("/applications/" + app).status()).isEqualTo(404);
        Page scorecard = ivan.get("/applications/" + app + "/scorecard");
        assertThat(scorecard.status()).isEqualTo(200);
        assertThat(scorecard.text("#scorecard-own-only")).contains("Submit your own feedback first");
        assertThat(scorecard.text("#scorecard-matrix")).contains("IVAN-DRAFT");
        assertThat(scorecard.html()).doesNotContain("PRIYA").doesNotContain("Priya Raman");
        assertThat(ivan.get(review.form("ivan")).html()).as("the form shows notes of earlier stages only")
                .doesNotContain("PRIYA");
        List<String> myInterviews = ivan.get("/interviews").links();
        assertThat(myInterviews).contains("/tasks/" + review.tasks().get("ivan").getId())
                .doesNotContain("/feedback/" + priyas).doesNotContain("/applications/" + app + "/scorecard");

        Page submitted = ivan.postForm(review.form("ivan"), review.form("ivan"),
                completeTakeHome("submit", "IVAN-FINAL", "PLUS_ONE", null, null));
        assertThat(submitted.status()).isEqualTo(302);

        Page priyasNow = ivan.get("/feedback/" + priyas);
        assertThat(priyasNow.status()).isEqualTo(200);
        assertThat(priyasNow.text("#feedback-view")).contains("PRIYA-EVIDENCE").contains("PRIYA-VETO");
        assertThat(priyasNow.text("h1")).contains("Priya Raman");
        Page panel = ivan.get("/applications/" + app + "/scorecard");
        assertThat(panel.text("#scorecard-matrix")).contains("PRIYA-EVIDENCE")
                .contains("PRIYA-VETO").contains("PRIYA-NOTE").contains("IVAN-FINAL");
        assertThat(panel.has("#scorecard-own-only")).isFalse();
        assertThat(panel.text()).doesNotContain("Submit your own feedback first");
        long ivans = feedbackOf(review, "ivan").id();
        assertThat(ivan.get("/interviews").links()).contains("/feedback/" + ivans)
                .contains("/applications/" + app + "/scorecard")
                .doesNotContain("/tasks/" + review.tasks().get("ivan").getId());
    }

    @Test
    void shouldShowTheRecruiterTheHiringManagerAndAnAdminThePanelsSubmittedFeedbackButNoDrafts() {
        Review review = priyaSubmittedIvanDrafted("Open To Rita");
        long app = review.application().id();
        long priyas = feedbackOf(review, "priya").id();
        long ivansDraft = feedbackOf(review, "ivan").id();

        for (String viewer : new String[] {"rita", "hank", "admin"}) {
            Visitor web = signedIn(viewer);
            Page page = web.get("/applications/" + app);
            assertThat(page.text("#scorecard-matrix")).as(viewer).contains("PRIYA-EVIDENCE")
                    .contains("PRIYA-VETO").contains("PRIYA-NOTE").contains("Strong yes");
            assertThat(page.select("#scorecard-matrix details")).as(viewer).isNotEmpty();
            assertThat(page.html()).as(viewer).doesNotContain("IVAN-DRAFT");
            assertThat(page.text()).as(viewer).doesNotContain("Submit your own feedback first");
            assertThat(web.get("/applications/" + app + "/scorecard").text("#scorecard-matrix")).as(viewer)
                    .contains("PRIYA-EVIDENCE");
            assertThat(web.get("/feedback/" + priyas).status()).as(viewer).isEqualTo(200);
            assertThat(web.get("/feedback/" + ivansDraft).status()).as(viewer + ": a draft is its author's")
                    .isEqualTo(404);
        }
    }

    @Test
    void shouldShowNothingToSomeoneWhoIsNeitherOnThePanelNorInARoleThatSeesIt() {
        Review review = priyaSubmittedIvanDrafted("Nothing For Sam");
        long app = review.application().id();
        long priyas = feedbackOf(review, "priya").id();

        for (String viewer : new String[] {"sam", "mia", "karl"}) {
            Visitor web = signedIn(viewer);
            assertThat(web.get("/applications/" + app + "/scorecard").status()).as(viewer).isEqualTo(404);
            assertThat(web.get("/feedback/" + priyas).status()).as(viewer).isEqualTo(404);
        }
        assertThat(signedIn("rita").get("/applications/987654321/scorecard").status()).isEqualTo(404);
        assertThat(signedIn("rita").get("/feedback/987654321").status()).isEqualTo(404);
    }

    @Test
    void shouldShowTheScorecardAndTheTallyOfSubmittedVotesOnTheDebrief() {
        Review review = priyaSubmittedIvanDrafted("Debrief Scorecard");
        fixture.submittedElsewhere(review.application(), "sam", Vote.PLUS_ONE, null, "SAM-NOTE",
                java.time.Instant.now());
        ProcessInstance pi = decisions.start(review.application().id());
        decisions.runJob(pi, DecideAndOffer.TASK_APPLY_VOTING_RULE);
        String page = "/tasks/" + decisions.task(pi, DecideAndOffer.TASK_DEBRIEF).getId() + "/debrief";

        Page debrief = signedIn("hank").get(page);

        assertThat(debrief.text("#debrief-scorecard #scorecard-matrix"))
                .contains("PRIYA-EVIDENCE").contains("PRIYA-VETO").contains("SAM-NOTE");
        assertThat(debrief.html()).doesNotContain("IVAN-DRAFT");
        assertThat(debrief.text("#debrief-plus-ones")).isEqualTo("1");
        assertThat(debrief.text("#debrief-minus-ones")).isEqualTo("1");
        assertThat(debrief.text()).contains("at least one -1 vote (a veto)");
    }

    /** Priya submitted (a -1 with strong evidence and a note); Ivan has a draft. */
    private Review priyaSubmittedIvanDrafted(String candidate) {
        Review review = fixture.takeHome(signedIn("rita"), candidate, "ivan", "priya");
        Page priya = signedIn("priya").postForm(review.form("priya"), review.form("priya"),
                completeTakeHome("submit", "PRIYA-EVIDENCE", "MINUS_ONE", "PRIYA-VETO", "PRIYA-NOTE"));
        assertThat(priya.status()).isEqualTo(302);
        Page ivan = signedIn("ivan").postForm(review.form("ivan"), review.form("ivan"),
                fields("draft", Map.of("code-quality", "NO"), Map.of("code-quality", "IVAN-DRAFT"), "PLUS_ONE", null,
                        null));
        assertThat(ivan.status()).isEqualTo(302);
        return review;
    }

    private Feedback feedbackOf(Review review, String interviewer) {
        return feedback.findByInterviewAndInterviewer(review.interview().id(), fixture.person(interviewer))
                .orElseThrow();
    }

    private Visitor signedIn(String username) {
        return webTest.signedIn(username);
    }
}
