package dev.onramp.feedback;

import static dev.onramp.feedback.FeedbackFixture.complete;
import static dev.onramp.feedback.FeedbackFixture.completeTakeHome;
import static dev.onramp.feedback.FeedbackFixture.fields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.feedback.FeedbackFixture.Review;
import dev.onramp.interview.CandidateJourney;
import dev.onramp.interview.Interview;
import dev.onramp.interview.InterviewRepository;
import dev.onramp.interview.InterviewStage;
import dev.onramp.system.OnrampAppTest;
import dev.onramp.system.WebClient;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The interviewer's feedback form over a real port, on a Beats take-home reviewed by ivan and priya. */
@OnrampAppTest
@Import({CandidateJourney.class, FeedbackFixture.class})
class FeedbackFormTest {

    @LocalServerPort
    int port;

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

        HttpResponse<String> page = signedIn("ivan").get(review.form("ivan"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Feedback: A small Beat in Go with Noor Haddad")
                .contains("Code quality").contains("Technical depth").contains("Written communication")
                .contains("Review a small Beat the candidate writes in Go")
                .contains("Sam Okafor (An earlier stage):")
                .contains("Ask how they would roll this out to ten thousand hosts.")
                .containsPattern("type=\"radio\" name=\"ratings\\[code-quality\\]\" value=\"STRONG_NO\"")
                .contains("Strong no").contains("Strong yes").doesNotContain("Neutral")
                .contains("name=\"action\" value=\"draft\"").contains("name=\"action\" value=\"submit\"");
    }

    @Test
    void shouldAskForEveryRatingEvidenceForStrongRatingsAVoteAndAReasonForAVetoKeepingTheInput() {
        Review review = fixture.takeHome(signedIn("rita"), "Missing Things", "ivan", "priya");
        WebClient ivan = signedIn("ivan");

        HttpResponse<String> noVote = ivan.postForm(review.form("ivan"), review.form("ivan"), fields("submit",
                Map.of("code-quality", "STRONG_NO", "technical-depth", "YES"),
                Map.of("technical-depth", "Explained the ring buffer well"), null, "", "Keep this note"));

        assertThat(noVote.statusCode()).isEqualTo(200);
        assertThat(noVote.body()).contains("Rate this attribute.")
                .contains("A strong rating needs evidence: say what you saw.")
                .contains("Vote +1, 0 or -1.")
                .containsPattern("name=\"ratings\\[code-quality\\]\" value=\"STRONG_NO\"[^>]*checked")
                .containsPattern("name=\"ratings\\[technical-depth\\]\" value=\"YES\"[^>]*checked")
                .contains("Explained the ring buffer well</textarea>")
                .contains("Keep this note</textarea>")
                .containsPattern("id=\"rating-written-communication-error\"")
                .containsPattern("id=\"evidence-code-quality-error\"");

        HttpResponse<String> vetoWithoutReason = ivan.postForm(review.form("ivan"), review.form("ivan"),
                completeTakeHome("submit", "Ivan saw", "MINUS_ONE", " ", null));

        assertThat(vetoWithoutReason.statusCode()).isEqualTo(200);
        assertThat(vetoWithoutReason.body()).contains("A -1 is a veto: give its reason.")
                .containsPattern("value=\"MINUS_ONE\"[^>]*checked")
                .doesNotContain("Rate this attribute.");
        assertThat(tasks.createTaskQuery().taskId(review.tasks().get("ivan").getId()).count()).isOne();
        assertThat(feedback.findByInterviewAndInterviewer(review.interview().id(), fixture.person("ivan"))).isEmpty();
    }

    @Test
    void shouldRefuseAnAttributeTheStageDoesNotHaveAndSaveNothing() {
        Review review = fixture.takeHome(signedIn("rita"), "Unknown Attribute", "ivan", "priya");
        Map<String, String> tampered = completeTakeHome("draft", "Ivan saw", "PLUS_ONE", null, null);
        tampered.put("ratings[puzzle-solving]", "STRONG_YES");

        HttpResponse<String> response = signedIn("ivan").postForm(review.form("ivan"), review.form("ivan"), tampered);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Unknown attribute for this stage: puzzle-solving. Nothing was saved.")
                .containsPattern("name=\"ratings\\[code-quality\\]\" value=\"STRONG_YES\"[^>]*checked");
        assertThat(feedback.findByInterviewAndInterviewer(review.interview().id(), fixture.person("ivan"))).isEmpty();
    }

    @Test
    void shouldRefuseEvidenceOfMoreThanTwoThousandCharactersEvenInADraft() {
        Review review = fixture.takeHome(signedIn("rita"), "Long Evidence", "ivan", "priya");

        HttpResponse<String> response = signedIn("ivan").postForm(review.form("ivan"), review.form("ivan"),
                fields("draft", Map.of(), Map.of("code-quality", "x".repeat(2001)), null, null, null));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("This is too long (at most 2,000 characters).")
                .doesNotContain("Rate this attribute.");
        assertThat(feedback.findByInterviewAndInterviewer(review.interview().id(), fixture.person("ivan"))).isEmpty();
    }

    @Test
    void shouldKeepEverythingOfASavedDraftAcrossAReload() {
        Review review = fixture.takeHome(signedIn("rita"), "Draft Keeper", "ivan", "priya");
        WebClient ivan = signedIn("ivan");

        HttpResponse<String> saved = ivan.postForm(review.form("ivan"), review.form("ivan"), fields("draft",
                Map.of("code-quality", "STRONG_YES"), Map.of("code-quality", "Tests for every edge case"),
                "MINUS_ONE", "Half-finished veto reason", "Ask about back-pressure"));

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith(review.form("ivan"));
        assertThat(ivan.follow(saved).body()).contains("Your draft is saved.");
        String reloaded = signedIn("ivan").get(review.form("ivan")).body();
        assertThat(reloaded).containsPattern("name=\"ratings\\[code-quality\\]\" value=\"STRONG_YES\"[^>]*checked")
                .doesNotContainPattern("name=\"ratings\\[technical-depth\\]\"[^>]*checked")
                .contains("Tests for every edge case</textarea>")
                .containsPattern("value=\"MINUS_ONE\"[^>]*checked")
                .contains("Half-finished veto reason</textarea>")
                .contains("Ask about back-pressure</textarea>");
        Feedback draft = feedback.findByInterviewAndInterviewer(review.interview().id(), fixture.person("ivan"))
                .orElseThrow();
        assertThat(draft.status()).isEqualTo(Feedback.Status.DRAFT);
        assertThat(draft.submittedAt()).isNull();
        assertThat(tasks.createTaskQuery().taskId(review.tasks().get("ivan").getId()).count()).isOne();
    }

    @Test
    void shouldSubmitOnceCompleteTheTaskAndThenBeReadOnly() {
        Review review = fixture.takeHome(signedIn("rita"), "Submit Once", "ivan", "priya");
        WebClient ivan = signedIn("ivan");
        String token = WebClient.csrfToken(ivan.get(review.form("ivan")).body());
        Map<String, String> fields = completeTakeHome("submit", "Ivan saw", "PLUS_ONE", null, "Pair on the tests");

        HttpResponse<String> first = ivan.postWithToken(review.form("ivan"), fields, token);
        HttpResponse<String> second = ivan.postWithToken(review.form("ivan"), fields, token);

        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(first.headers().firstValue("Location").orElseThrow()).endsWith("/interviews");
        assertThat(ivan.follow(first).body()).contains("Your feedback is submitted.");
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(second.body()).contains("is already done");
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

        HttpResponse<String> edit = ivan.postWithToken(review.form("ivan"),
                completeTakeHome("draft", "Changed my mind", "MINUS_ONE", "Too late", null), token);
        assertThat(edit.statusCode()).isEqualTo(409);
        assertThat(ivan.get(review.form("ivan")).statusCode()).isEqualTo(409);
        assertThat(feedback.get(submitted.id())).isEqualTo(submitted);
        HttpResponse<String> readOnly = ivan.get("/feedback/" + submitted.id());
        assertThat(readOnly.statusCode()).isEqualTo(200);
        assertThat(readOnly.body()).contains("Ivan saw wrote table-driven tests for every edge case")
                .contains("Submitted").doesNotContain("<form class=\"form");
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
        WebClient ivan = signedIn("ivan");
        ivan.postForm(review.form("ivan"), review.form("ivan"),
                completeTakeHome("draft", "Ivan saw", "PLUS_ONE", null, null));
        Feedback draft = feedback.findByInterviewAndInterviewer(review.interview().id(), fixture.person("ivan"))
                .orElseThrow();
        feedback.submit(draft.id(), clock.instant()); // submitted in another tab a moment ago; the task is still open here

        HttpResponse<String> save = ivan.postForm(review.form("ivan"), review.form("ivan"),
                completeTakeHome("draft", "Overwrite", "MINUS_ONE", "Overwrite", null));

        assertThat(save.statusCode()).isEqualTo(409);
        assertThat(save.body()).contains("This feedback is already submitted and can no longer be changed; nothing was saved.")
                .contains("href=\"/feedback/" + draft.id() + "\"");
        assertThat(feedback.get(draft.id()).vote()).isEqualTo(Vote.PLUS_ONE);
        HttpResponse<String> submit = ivan.postForm(review.form("ivan"), review.form("ivan"),
                completeTakeHome("submit", "Overwrite", "PLUS_ONE", null, null));
        assertThat(submit.statusCode()).isEqualTo(409);
        assertThat(tasks.createTaskQuery().taskId(review.tasks().get("ivan").getId()).count())
                .as("the refused submit completed nothing").isOne();
    }

    @Test
    void shouldShowAnInterviewersTaskToNobodyElse() {
        Review review = fixture.takeHome(signedIn("rita"), "Not Your Task", "ivan", "priya");
        WebClient priya = signedIn("priya");

        assertThat(priya.get(review.form("ivan")).statusCode()).isEqualTo(404);
        String token = WebClient.csrfToken(priya.get(review.form("priya")).body());
        assertThat(priya.postWithToken(review.form("ivan"),
                completeTakeHome("submit", "Priya", "MINUS_ONE", "Not mine", null), token).statusCode()).isEqualTo(404);
        assertThat(signedIn("admin").get(review.form("ivan")).statusCode()).isEqualTo(404);
        assertThat(signedIn("rita").get(review.form("ivan")).statusCode()).isEqualTo(404);
        assertThat(tasks.createTaskQuery().taskId(review.tasks().get("ivan").getId()).count()).isOne();
        assertThat(feedback.findByInterviewAndInterviewer(review.interview().id(), fixture.person("ivan"))).isEmpty();
    }

    private WebClient signedIn(String username) {
        WebClient web = new WebClient(port);
        web.signIn(username, "demo");
        return web;
    }
}
