package dev.onramp.feedback;

import static dev.onramp.feedback.FeedbackFixture.complete;
import static dev.onramp.feedback.FeedbackFixture.completeTakeHome;
import static dev.onramp.feedback.FeedbackFixture.fields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.feedback.FeedbackFixture.Review;
import dev.onramp.interview.Interview;
import dev.onramp.interview.InterviewRepository;
import dev.onramp.interview.InterviewStage;
import dev.onramp.system.OnrampAppTest;
import dev.onramp.system.WebTest;
import dev.onramp.system.WebTest.Page;
import dev.onramp.system.WebTest.Visitor;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The interviewer's feedback form through MockMvc, on a Beats take-home reviewed by ivan and priya. */
@OnrampAppTest
class FeedbackFormTest {

    @Autowired
    WebTest webTest;

    @Autowired
    FeedbackFixture fixture;
    @Autowired
    FeedbackRepository feedback;
    @Autowired
    InterviewRepository interviews;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void shouldShowTheCandidateTheStageItsFocusAndTheNotesEarlierInterviewersLeftForTheNextOnes() {
        Review review = fixture.takeHome(signedIn("rita"), "Noor Haddad", "ivan", "priya");
        fixture.submittedElsewhere(review.application(), "sam", Vote.PLUS_ONE, null,
                "Ask how they would roll this out to ten thousand hosts.", clock.instant());

        Page page = signedIn("ivan").get(review.form("ivan"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text("h1")).isEqualTo("Feedback: A small Beat in Go with Noor Haddad");
        assertThat(page.texts("#stage-focus li")).contains("Code quality", "Technical depth", "Written communication");
        assertThat(page.text("#stage-notes")).contains("Review a small Beat the candidate writes in Go");
        assertThat(page.text("#notes-for-next")).contains("Sam Okafor (An earlier stage):")
                .contains("Ask how they would roll this out to ten thousand hosts.");
        assertThat(rating(page, "code-quality", "STRONG_NO").attr("type")).isEqualTo("radio");
        assertThat(page.texts("#attribute-code-quality label.choice")).contains("Strong no", "Strong yes");
        assertThat(page.text("#feedback-form")).doesNotContain("Neutral");
        assertThat(page.one("#feedback-form button[name=action][value=draft]").id()).isEqualTo("save-draft");
        assertThat(page.one("#feedback-form button[name=action][value=submit]").id()).isEqualTo("submit");
    }

    @Test
    void shouldAskForEveryRatingEvidenceForStrongRatingsAVoteAndAReasonForAVetoKeepingTheInput() {
        Review review = fixture.takeHome(signedIn("rita"), "Missing Things", "ivan", "priya");
        Visitor ivan = signedIn("ivan");

        Page noVote = ivan.postForm(review.form("ivan"), review.form("ivan"), fields("submit",
                Map.of("code-quality", "STRONG_NO", "technical-depth", "YES"),
                Map.of("technical-depth", "Explained the ring buffer well"), null, "", "Keep this note"));

        assertThat(noVote.status()).isEqualTo(200);
        assertThat(noVote.text("#rating-written-communication-error")).isEqualTo("Rate this attribute.");
        assertThat(noVote.text("#evidence-code-quality-error")).isEqualTo("A strong rating needs evidence: say what you saw.");
        assertThat(noVote.text("#vote-error")).isEqualTo("Vote +1, 0 or -1.");
        assertThat(rating(noVote, "code-quality", "STRONG_NO").hasAttr("checked")).isTrue();
        assertThat(rating(noVote, "technical-depth", "YES").hasAttr("checked")).isTrue();
        assertThat(noVote.value("textarea#evidence-technical-depth")).isEqualTo("Explained the ring buffer well");
        assertThat(noVote.value("textarea#noteForNext")).isEqualTo("Keep this note");

        Page vetoWithoutReason = ivan.postForm(review.form("ivan"), review.form("ivan"),
                completeTakeHome("submit", "Ivan saw", "MINUS_ONE", " ", null));

        assertThat(vetoWithoutReason.status()).isEqualTo(200);
        assertThat(vetoWithoutReason.text("#voteReason-error")).isEqualTo("A -1 is a veto: give its reason.");
        assertThat(vote(vetoWithoutReason, "MINUS_ONE").hasAttr("checked")).isTrue();
        assertThat(vetoWithoutReason.text()).doesNotContain("Rate this attribute.");
        assertThat(tasks.createTaskQuery().taskId(review.tasks().get("ivan").getId()).count()).isOne();
        assertThat(feedback.findByInterviewAndInterviewer(review.interview().id(), fixture.person("ivan"))).isEmpty();
    }

    @Test
    void shouldRefuseAnAttributeTheStageDoesNotHaveAndSaveNothing() {
        Review review = fixture.takeHome(signedIn("rita"), "Unknown Attribute", "ivan", "priya");
        Map<String, String> tampered = completeTakeHome("draft", "Ivan saw", "PLUS_ONE", null, null);
        tampered.put("ratings[puzzle-solving]", "STRONG_YES");

        Page response = signedIn("ivan").postForm(review.form("ivan"), review.form("ivan"), tampered);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text("#ratings-error")).isEqualTo("Unknown attribute for this stage: puzzle-solving. Nothing was saved.");
        assertThat(rating(response, "code-quality", "STRONG_YES").hasAttr("checked")).isTrue();
        assertThat(feedback.findByInterviewAndInterviewer(review.interview().id(), fixture.person("ivan"))).isEmpty();
    }

    @Test
    void shouldRefuseEvidenceOfMoreThanTwoThousandCharactersEvenInADraft() {
        Review review = fixture.takeHome(signedIn("rita"), "Long Evidence", "ivan", "priya");

        Page response = signedIn("ivan").postForm(review.form("ivan"), review.form("ivan"),
                fields("draft", Map.of(), Map.of("code-quality", "x".repeat(2001)), null, null, null));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text("#evidence-code-quality-error")).isEqualTo("This is too long (at most 2,000 characters).");
        assertThat(response.text()).doesNotContain("Rate this attribute.");
        assertThat(feedback.findByInterviewAndInterviewer(review.interview().id(), fixture.person("ivan"))).isEmpty();
    }

    @Test
    void shouldKeepEverythingOfASavedDraftAcrossAReload() {
        Review review = fixture.takeHome(signedIn("rita"), "Draft Keeper", "ivan", "priya");
        Visitor ivan = signedIn("ivan");

        Page saved = ivan.postForm(review.form("ivan"), review.form("ivan"), fields("draft",
                Map.of("code-quality", "STRONG_YES"), Map.of("code-quality", "Tests for every edge case"),
                "MINUS_ONE", "Half-finished veto reason", "Ask about back-pressure"));

        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.location()).endsWith(review.form("ivan"));
        assertThat(ivan.follow(saved).flash()).contains("Your draft is saved.");
        Page reloaded = signedIn("ivan").get(review.form("ivan"));
        assertThat(rating(reloaded, "code-quality", "STRONG_YES").hasAttr("checked")).isTrue();
        assertThat(reloaded.select("input[name=\"ratings[technical-depth]\"][checked]")).isEmpty();
        assertThat(reloaded.value("textarea#evidence-code-quality")).isEqualTo("Tests for every edge case");
        assertThat(vote(reloaded, "MINUS_ONE").hasAttr("checked")).isTrue();
        assertThat(reloaded.value("textarea#voteReason")).isEqualTo("Half-finished veto reason");
        assertThat(reloaded.value("textarea#noteForNext")).isEqualTo("Ask about back-pressure");
        Feedback draft = feedback.findByInterviewAndInterviewer(review.interview().id(), fixture.person("ivan"))
                .orElseThrow();
        assertThat(draft.status()).isEqualTo(Feedback.Status.DRAFT);
        assertThat(draft.submittedAt()).isNull();
        assertThat(tasks.createTaskQuery().taskId(review.tasks().get("ivan").getId()).count()).isOne();
    }

    @Test
    void shouldSubmitOnceCompleteTheTaskAndThenBeReadOnly() {
        Review review = fixture.takeHome(signedIn("rita"), "Submit Once", "ivan", "priya");
        Visitor ivan = signedIn("ivan");
        Map<String, String> fields = completeTakeHome("submit", "Ivan saw", "PLUS_ONE", null, "Pair on the tests");

        Page first = ivan.post(review.form("ivan"), fields);
        Page second = ivan.post(review.form("ivan"), fields);

        assertThat(first.status()).isEqualTo(302);
        assertThat(first.location()).endsWith("/interviews");
        assertThat(ivan.follow(first).flash()).contains("Your feedback is submitted.");
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.text("#task-unavailable")).contains("is already done");
        assertThat(history.createHistoricTaskInstanceQuery().taskId(review.tasks().get("ivan").getId()).finished()
                .count()).isOne();
        Feedback submitted = feedback.findByInterviewAndInterviewer(review.interview().id(), fixture.person("ivan"))
                .orElseThrow();
        assertThat(submitted.status()).isEqualTo(Feedback.Status.SUBMITTED);
        assertThat(submitted.submittedAt()).isNotNull();
        assertThat(submitted.vote()).isEqualTo(Vote.PLUS_ONE);
        assertThat(submitted.scores().get("code-quality"))
                .isEqualTo(new Feedback.Score(Rating.STRONG_YES, "Ivan saw wrote table-driven tests for every edge case"));
        assertThat(submitted.noteForNext()).isEqualTo("Pair on the tests");

        Page edit = ivan.post(review.form("ivan"),
                completeTakeHome("draft", "Changed my mind", "MINUS_ONE", "Too late", null));
        assertThat(edit.status()).isEqualTo(409);
        assertThat(ivan.get(review.form("ivan")).status()).isEqualTo(409);
        assertThat(feedback.get(submitted.id())).isEqualTo(submitted);
        Page readOnly = ivan.get("/feedback/" + submitted.id());
        assertThat(readOnly.status()).isEqualTo(200);
        assertThat(readOnly.text("#feedback-ratings")).contains("Ivan saw wrote table-driven tests for every edge case");
        assertThat(readOnly.text("#feedback-status")).isEqualTo("Submitted");
        assertThat(readOnly.select("main form.form")).isEmpty();
    }

    @Test
    void shouldMarkALiveInterviewDoneOnlyWhenTheWholePanelHasSubmitted() {
        Review review = fixture.liveInterviewOver("kibana", "Whole Panel", clock.instant().plus(Duration.ofHours(2)),
                "ivan", "priya");
        List<String> focus = List.of("code-quality", "collaboration", "technical-depth");

        signedIn("ivan").postForm(review.form("ivan"), review.form("ivan"), complete(focus, "PLUS_ONE"));
        assertThat(interviews.get(review.interview().id()).status()).isEqualTo(Interview.Status.SCHEDULED);
        signedIn("priya").postForm(review.form("priya"), review.form("priya"), complete(focus, "ZERO"));

        assertThat(interviews.get(review.interview().id()).status()).isEqualTo(Interview.Status.DONE);
        assertThat(tasks.createTaskQuery().processInstanceId(review.interview().stageProcessInstanceId())
                .taskDefinitionKey(InterviewStage.TASK_SUBMIT_FEEDBACK).count()).isZero();
    }

    @Test
    void shouldRefuseToSaveFeedbackThatIsAlreadySubmittedWithAClearMessage() {
        Review review = fixture.takeHome(signedIn("rita"), "Submitted Elsewhere", "ivan", "priya");
        Visitor ivan = signedIn("ivan");
        ivan.postForm(review.form("ivan"), review.form("ivan"),
                completeTakeHome("draft", "Ivan saw", "PLUS_ONE", null, null));
        Feedback draft = feedback.findByInterviewAndInterviewer(review.interview().id(), fixture.person("ivan"))
                .orElseThrow();
        feedback.submit(draft.id(), clock.instant()); // submitted in another tab a moment ago; the task is still open here

        Page save = ivan.postForm(review.form("ivan"), review.form("ivan"),
                completeTakeHome("draft", "Overwrite", "MINUS_ONE", "Overwrite", null));

        assertThat(save.status()).isEqualTo(409);
        assertThat(save.text("#feedback-read-only")).isEqualTo("This feedback is already submitted and can no longer be changed; nothing was saved.");
        assertThat(save.select("main a").eachAttr("href")).contains("/feedback/" + draft.id());
        assertThat(feedback.get(draft.id()).vote()).isEqualTo(Vote.PLUS_ONE);
        Page submit = ivan.postForm(review.form("ivan"), review.form("ivan"),
                completeTakeHome("submit", "Overwrite", "PLUS_ONE", null, null));
        assertThat(submit.status()).isEqualTo(409);
        assertThat(tasks.createTaskQuery().taskId(review.tasks().get("ivan").getId()).count())
                .as("the refused submit completed nothing").isOne();
    }

    @Test
    void shouldShowAnInterviewersTaskToNobodyElse() {
        Review review = fixture.takeHome(signedIn("rita"), "Not Your Task", "ivan", "priya");
        Visitor priya = signedIn("priya");

        assertThat(priya.get(review.form("ivan")).status()).isEqualTo(404);
        assertThat(priya.post(review.form("ivan"),
                completeTakeHome("submit", "Priya", "MINUS_ONE", "Not mine", null)).status()).isEqualTo(404);
        assertThat(signedIn("admin").get(review.form("ivan")).status()).isEqualTo(404);
        assertThat(signedIn("rita").get(review.form("ivan")).status()).isEqualTo(404);
        assertThat(tasks.createTaskQuery().taskId(review.tasks().get("ivan").getId()).count()).isOne();
        assertThat(feedback.findByInterviewAndInterviewer(review.interview().id(), fixture.person("ivan"))).isEmpty();
    }

    @Test
    void shouldKeepAnInterviewersFeedbackFromAnAdminWhoTriesToReleaseClaimOrReassignIt() {
        Review review = fixture.takeHome(signedIn("rita"), "Panel Only", "ivan", "priya");
        String taskId = review.tasks().get("ivan").getId();
        Visitor admin = signedIn("admin");

        assertThat(signedIn("ivan").post("/tasks/" + taskId + "/unclaim", Map.of()).status()).isEqualTo(403);
        assertThat(admin.post("/tasks/" + taskId + "/claim", Map.of()).status()).isEqualTo(409);
        String reassign = "/tasks/" + taskId + "/reassign";
        assertThat(admin.postForm(reassign, reassign, Map.of("username", "admin")).text("#username-error"))
                .contains("may not hold this task");
        assertThat(admin.postForm(reassign, reassign, Map.of("username", "sam")).text("#username-error"))
                .as("an interviewer who is not on the panel").contains("may not hold this task");
        assertThat(admin.post(review.form("ivan"), completeTakeHome("submit", "Admin", "PLUS_ONE", null, null))
                .status()).isEqualTo(404);
        assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("ivan");
        assertThat(feedback.findByInterviewAndInterviewer(review.interview().id(), fixture.person("admin"))).isEmpty();
    }

    /** The radio button of this rating of this attribute. */
    private static Element rating(Page page, String attribute, String rating) {
        return page.one("input[name=\"ratings[" + attribute + "]\"][value=" + rating + "]");
    }

    private static Element vote(Page page, String vote) {
        return page.one("input[name=vote][value=" + vote + "]");
    }

    private Visitor signedIn(String username) {
        return webTest.signedIn(username);
    }
}
