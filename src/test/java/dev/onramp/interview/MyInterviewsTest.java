package dev.onramp.interview;

import dev.onramp.loop.Stage;
import dev.onramp.loop.BeatsLoop;
import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.system.OnrampAppTest;
import dev.onramp.hiring.Application;
import dev.onramp.interview.InterviewRepository.NewInterview;
import dev.onramp.people.PersonRepository;
import dev.onramp.system.WebTest;
import dev.onramp.system.WebTest.Page;
import dev.onramp.system.WebTest.Visitor;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.task.Task;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** "My interviews": an interviewer's own interviews in their zone, with only what they need of the candidate. */
@OnrampAppTest
class MyInterviewsTest {

    /** Monday 4 March 2030, 10:00 in Berlin and 14:30 in Kolkata */
    private static final Instant MONDAY_MORNING_IN_BERLIN = Instant.parse("2030-03-04T09:00:00Z");

    @Autowired
    WebTest webTest;

    @Autowired
    CandidateJourney journey;
    @Autowired
    InterviewRepository interviews;
    @Autowired
    PersonRepository people;
    @Autowired
    RepositoryService repository;

    @Test
    void shouldShowIvansInterviewInBerlinTimeWithTheCandidatesTimeAndNoEmail() {
        Application application = journey.atFirstStage("beats", "Meera Nair", "Asia/Kolkata");
        long interviewId = liveInterview(application, "ivan", "sam");

        Page page = signedIn("ivan").get("/interviews");

        assertThat(page.text("#my-zone")).isEqualTo("Times are in your zone, Europe/Berlin.");
        Element card = page.one("#interview-" + interviewId);
        assertThat(card.text()).contains("Team fit and async work with Meera Nair")
                .contains("Mon 4 Mar 2030 10:00\u201310:45 (Europe/Berlin)")
                .contains("For the candidate: Mon 14:30\u201315:15 (Asia/Kolkata)")
                .contains("Works well asynchronously")
                .contains("How the candidate would work on a distributed team");
        Element resume = card.selectFirst("a[href=https://example.com/cv/meera-nair]");
        assertThat(resume).isNotNull();
        assertThat(resume.attr("rel")).isEqualTo("noopener noreferrer");
        assertThat(resume.attr("target")).isEqualTo("_blank");
        assertThat(page.html()).doesNotContain(application.candidateEmail()).doesNotContain("mailto:");
    }

    @Test
    void shouldNotShowAnInterviewToSomeoneWhoIsNotOnItsPanel() {
        Application application = journey.atFirstStage("beats", "Not For Priya", "Asia/Kolkata");
        long interviewId = liveInterview(application, "ivan");

        Page page = signedIn("priya").get("/interviews");

        assertThat(page.has("#interview-" + interviewId)).isFalse();
        assertThat(page.html()).doesNotContain("Not For Priya");
    }

    @Test
    void shouldLinkATakeHomeReviewToTheReviewersOpenFeedbackTask() {
        Application application = journey.atFirstStage("beats", "Rahul Mehta", "Asia/Kolkata");
        Task send = journey.stageTask(application, TakeHomeStage.TASK_SEND_TAKE_HOME);
        Visitor rita = signedIn("rita");
        String form = "/tasks/" + send.getId() + "/" + TakeHomeStage.FORM_SEND_TAKE_HOME;
        rita.postForm(form, form, Map.of("reviewers", id("ivan")));
        Visitor ivan = signedIn("ivan");
        long takeHome = interviews.findByApplication(application.id()).get(0).id();
        assertThat(article(ivan.get("/interviews"), takeHome).text()).contains("A small Beat in Go with Rahul Mehta")
                .contains("(Europe/Berlin)").doesNotContain("Give your feedback");

        rita.postForm("/applications/" + application.id(),
                "/applications/" + application.id() + "/take-home-received", Map.of());

        Task feedback = journey.stageTask(application, InterviewStage.TASK_SUBMIT_FEEDBACK);
        Element card = article(ivan.get("/interviews"), takeHome);
        assertThat(card.select("a.feedback-link").eachAttr("href")).containsExactly("/tasks/" + feedback.getId());
        assertThat(card.text()).contains("Give your feedback");
    }

    @Test
    void shouldRefuseMyInterviewsToSomeoneWhoIsNotAnInterviewer() {
        Page response = signedIn("rita").get("/interviews");

        assertThat(response.status()).isEqualTo(403);
    }

    private long liveInterview(Application application, String... panel) {
        String beats = repository.createProcessDefinitionQuery().processDefinitionKey(BeatsLoop.KEY).latestVersion()
                .singleResult().getId();
        return interviews.insert(new NewInterview(application.id(), BeatsLoop.STAGE_TEAM_FIT, "Team fit and async work",
                Stage.Kind.LIVE, null, beats, MONDAY_MORNING_IN_BERLIN,
                MONDAY_MORNING_IN_BERLIN.plus(Duration.ofMinutes(45)), people.findByUsername("rita").orElseThrow().id(),
                Instant.now()), List.of(panel).stream().map(u -> Long.parseLong(id(u))).toList());
    }

    /** The card of one interview on the page. */
    private static Element article(Page page, long interviewId) {
        return page.one("article#interview-" + interviewId);
    }

    private String id(String username) {
        return String.valueOf(people.findByUsername(username).orElseThrow().id());
    }

    private Visitor signedIn(String username) {
        return webTest.signedIn(username);
    }
}
