package dev.onramp.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.hiring.Application;
import dev.onramp.interview.CandidateJourney;
import dev.onramp.loop.BeatsLoop;
import dev.onramp.people.TeamRepository;
import dev.onramp.system.OnrampAppTest;
import dev.onramp.system.WebTest;
import dev.onramp.system.WebTest.Page;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The loop as a picture: the application page marks where the candidate stands, the models behind the pictures
 * answer only to those who may see the page, and the team loop page lists the versions and what changed.
 */
@OnrampAppTest
class LoopDiagramPagesTest {

    @Autowired
    WebTest web;
    @Autowired
    CandidateJourney journey;
    @Autowired
    TeamRepository teams;
    @Autowired
    RepositoryService repository;

    @Test
    void shouldMarkTheCurrentStageOfAnApplicationInItsLoopOnTheApplicationPage() {
        Application application = journey.atFirstStage("beats", "Diagram Candidate", "Europe/Lisbon");

        Page page = web.signedIn("rita").get("/applications/" + application.id());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.one("#loop-diagram").attr("data-current")).contains(BeatsLoop.CALL_ACTIVITY_TAKE_HOME);
        assertThat(page.one("#loop-diagram").attr("data-done")).contains("StartEvent_LoopStarted");
        assertThat(page.one("#loop-diagram").attr("data-model")).isEqualTo("/applications/" + application.id() + "/loop/model");
        assertThat(page.text("#loop-current")).isEqualTo("Take-home");
        assertThat(page.has("script[src*=/vendor/bpmn-js/" + LoopDiagrams.BPMN_JS_VERSION + "/bpmn-viewer.production.min.js]")).isTrue();
        assertThat(page.select("script:not([src])")).as("no inline script").isEmpty();
    }

    @Test
    void shouldShowTheLatestLoopUnmarkedBeforeScreeningEnds() {
        Page added = web.signedIn("rita").post("/requisitions/1/applications", Map.of("name", "Unscreened Candidate",
                "email", UUID.randomUUID() + "@example.com", "zone", "Europe/Lisbon", "country", "PT",
                "source", "REFERRAL"));
        assertThat(added.location()).startsWith("/applications/");
        long id = Long.parseLong(added.location().substring("/applications/".length()));
        Page page = web.signedIn("rita").get("/applications/" + id);
        assertThat(page.has("#loop-not-started")).isTrue();
        assertThat(page.one("#loop-diagram").attr("data-current")).isEmpty();
    }

    @Test
    void shouldServeTheModelOnlyToThoseWhoMaySeeTheApplication() {
        Application application = journey.atFirstStage("beats", "Model Candidate", "Europe/Lisbon");
        String model = "/applications/" + application.id() + "/loop/model";

        Page xml = web.signedIn("hank").get(model);
        assertThat(xml.status()).isEqualTo(200);
        assertThat(xml.contentType()).startsWith("application/xml");
        assertThat(xml.html()).contains("id=\"" + BeatsLoop.KEY + "\"");
        for (String who : List.of("ivan", "mia", "cora")) {
            assertThat(web.signedIn(who).get(model).status()).as(who).isEqualTo(404);
        }
        assertThat(web.signedIn("rita").get("/applications/987654321/loop/model").status()).isEqualTo(404);
        assertThat(web.signedOut().get(model).status()).isEqualTo(302);
    }

    @Test
    void shouldListTheLoopVersionsWithTheCandidatesOnEachForTheTeam() {
        journey.atFirstStage("beats", "Counted Candidate", "Europe/Lisbon");
        long beats = teams.findBySlug("beats").orElseThrow().id();

        Page page = web.signedIn("hank").get("/teams/" + beats + "/loop");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.has("#loop-version-1")).isTrue();
        assertThat(Long.parseLong(page.text("#loop-version-1 td:nth-child(2)"))).isPositive();
        assertThat(page.one("#loop-diagram").attr("data-model")).isEqualTo("/teams/" + beats + "/loop/versions/1/model");
        assertThat(web.signedIn("ivan").get("/teams/" + beats + "/loop/versions/1/model").status()).isEqualTo(200);
    }

    @Test
    void shouldListWhatChangedBetweenTwoVersionsOfATeamsLoop() {
        String key = "DiffLoop" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        deploy(Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1).startEvent("StartEvent_A")
                .userTask("Task_A").name("First").endEvent("EndEvent_A").done());
        deploy(Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1).startEvent("StartEvent_A")
                .userTask("Task_A").name("First, renamed").userTask("Task_B").name("Second").endEvent("EndEvent_A").done());
        long team = teams.insert(key.toLowerCase(java.util.Locale.ROOT), "Diff team", key);

        Page page = web.signedIn("rita").get("/teams/" + team + "/loop");

        assertThat(page.text("#loop-version-2 td:nth-child(2)")).isEqualTo("0");
        assertThat(page.text("#change-Task_B")).startsWith("Added Second userTask");
        assertThat(page.text("#change-Task_A")).startsWith("Changed First, renamed");
        assertThat(page.one("#loop-diagram").attr("data-added")).contains("Task_B");
        assertThat(page.one("#loop-diagram").attr("data-changed")).contains("Task_A");
        Page backwards = web.signedIn("rita").get("/teams/" + team + "/loop?from=2&to=1");
        assertThat(backwards.text("#change-Task_B")).startsWith("Removed Second");
        assertThat(web.signedIn("rita").get("/teams/" + team + "/loop?from=1&to=1").has("#no-changes")).isTrue();
    }

    private void deploy(BpmnModelInstance model) {
        repository.createDeployment().name("diff-test").addModelInstance("diff.bpmn", model).deploy();
    }

    @Test
    void shouldKeepATeamLoopFromOtherTeamsManagersAndFromMentors() {
        long beats = teams.findBySlug("beats").orElseThrow().id();
        long elasticsearch = teams.findBySlug("elasticsearch").orElseThrow().id();
        assertThat(web.signedIn("hank").get("/teams/" + elasticsearch + "/loop").status()).isEqualTo(403);
        assertThat(web.signedIn("hank").get("/teams/" + elasticsearch + "/loop/versions/1/model").status()).isEqualTo(403);
        assertThat(web.signedIn("mia").get("/teams/" + beats + "/loop").status()).isEqualTo(403);
        assertThat(web.signedIn("rita").get("/teams/" + elasticsearch + "/loop").status()).isEqualTo(200);
        assertThat(web.signedIn("rita").get("/teams/" + beats + "/loop/versions/99/model").status()).isEqualTo(404);
        assertThat(web.signedIn("rita").get("/teams/" + beats + "/loop?to=abc").status()).isEqualTo(400);
        assertThat(web.signedIn("rita").get("/teams/987654321/loop").status()).isEqualTo(404);
    }
}
