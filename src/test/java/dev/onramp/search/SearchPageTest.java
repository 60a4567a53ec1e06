package dev.onramp.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.hiring.CandidatePrivacy;
import dev.onramp.hiring.HiringProcess;
import dev.onramp.hiring.HiringScenario;
import dev.onramp.people.OnrampUser;
import dev.onramp.system.OnrampAppTest;
import dev.onramp.system.WebTest.Page;
import dev.onramp.system.WebTest.Visitor;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.util.UriUtils;

/** {@code /search}: candidates by name or e-mail, requisitions by title, within what the viewer may see. */
@OnrampAppTest
class SearchPageTest {

    private static final Pattern APPLICATION = Pattern.compile("/applications/(\\d+)$");

    @Autowired
    ApplicationContext context;

    @Autowired
    UserDetailsService users;

    private HiringScenario scenario;
    private String tag;
    private Visitor rita;

    @BeforeEach
    void signIn() {
        scenario = new HiringScenario(context);
        tag = UUID.randomUUID().toString().substring(0, 8);
        rita = scenario.signedIn("rita");
    }

    /** Rita adds a candidate with this name through the form (the hiring process starts); the application's id. */
    private long add(long requisitionId, String name, String email) {
        Page added = rita.postForm("/requisitions/" + requisitionId + "/applications/new",
                "/requisitions/" + requisitionId + "/applications", Map.of(
                        "name", name, "email", email, "zone", "Africa/Lagos", "country", "NG",
                        "resumeUrl", "", "source", "SOURCED"));
        assertThat(added.status()).as(added.html()).isEqualTo(302);
        Matcher m = APPLICATION.matcher(added.location());
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static String search(String q) {
        return "/search?q=" + UriUtils.encodeQueryParam(q, "UTF-8");
    }

    @Test
    void shouldFindACandidateByTheirNameWhateverItsAccentsAndLetterCase() {
        long requisition = scenario.openRequisition("beats");
        long id = add(requisition, "Chidi Ôkafor-" + tag, "chidi-" + tag + "@example.com");

        Page found = rita.get(search("okafor-" + tag.toUpperCase()));

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.texts("#candidate-results .result-link")).containsExactly("Chidi Ôkafor-" + tag);
        assertThat(found.one("#result-application-" + id + " a").attr("href")).isEqualTo("/applications/" + id);
        assertThat(found.text("#result-application-" + id + " .where")).isEqualTo("Active Screening");
        assertThat(found.text("#result-application-" + id)).contains(scenario.requisitionTitle(requisition));
    }

    @Test
    void shouldFindACandidateByPartOfTheirEmail() {
        long id = add(scenario.openRequisition("beats"), "Mirela Dragomir", "mirela." + tag + "@example.org");

        Page found = rita.get(search("MIRELA." + tag));

        assertThat(found.has("#result-application-" + id)).isTrue();
        assertThat(found.texts("#candidate-results tbody tr")).hasSize(1);
    }

    @Test
    void shouldSayTheStageTheProcessIsInNotTheScreeningOnceTheCandidateAdvanced() {
        long id = add(scenario.openRequisition("beats"), "Advanced " + tag, "advanced-" + tag + "@example.com");
        String screening = "/tasks/" + scenario.openTask(id, HiringProcess.TASK_SCREEN).getId() + "/screen";
        assertThat(rita.postForm(screening, screening, Map.of("outcome", "ADVANCE", "reason", "Strong Go background"))
                .status()).isEqualTo(302);
        scenario.runAsyncJobs(id);

        Page found = rita.get(search("advanced " + tag));

        assertThat(found.text("#result-application-" + id + " .where")).isEqualTo("Active A small Beat in Go");
    }

    @Test
    void shouldFindRequisitionsByTitleAndLinkToThem() {
        long requisition = scenario.openRequisition("kibana");
        String title = scenario.requisitionTitle(requisition);

        Page found = rita.get(search(title.substring(title.indexOf(' ') + 1).toUpperCase()));

        assertThat(found.one("#result-requisition-" + requisition + " a").attr("href"))
                .isEqualTo("/requisitions/" + requisition);
        assertThat(found.text("#result-requisition-" + requisition)).contains("Kibana").contains("Open")
                .contains("no active applications");
    }

    @Test
    void shouldLetAHiringManagerFindOnlyTheCandidatesAndRequisitionsOfTheirOwn() {
        long beats = scenario.openRequisition("beats");
        long kibana = scenario.openRequisition("kibana");
        long ours = add(beats, "Scoped " + tag, "scoped-a-" + tag + "@example.com");
        long theirs = add(kibana, "Scoped " + tag, "scoped-b-" + tag + "@example.com");
        Visitor hank = scenario.signedIn("hank");

        Page found = hank.get(search("scoped " + tag));

        assertThat(found.has("#result-application-" + ours)).isTrue();
        assertThat(found.has("#result-application-" + theirs)).isFalse();
        assertThat(hank.get(search(scenario.requisitionTitle(kibana))).has("#result-requisition-" + kibana)).isFalse();
        assertThat(hank.get(search(scenario.requisitionTitle(beats))).has("#result-requisition-" + beats)).isTrue();
        assertThat(rita.get(search("scoped " + tag)).has("#result-application-" + theirs)).isTrue();
    }

    @Test
    void shouldNotFindAnErasedCandidateByTheirOldName() {
        long id = add(scenario.openRequisition("beats"), "Forgotten " + tag, "forgotten-" + tag + "@example.com");
        context.getBean(CandidatePrivacy.class).erase(id, CandidatePrivacy.ErasureReason.CANDIDATE_REQUEST,
                (OnrampUser) users.loadUserByUsername("rita"));

        assertThat(rita.get(search("forgotten " + tag)).has("#result-application-" + id)).isFalse();
        assertThat(rita.get(search("forgotten-" + tag)).has("#result-application-" + id)).as("old e-mail").isFalse();
        assertThat(rita.get(search("Erased candidate #" + id)).has("#result-application-" + id)).isTrue();
    }

    @Test
    void shouldShowACandidateNameWithMarkupAsText() {
        String name = "<script>alert('" + tag + "')</script>";
        long id = add(scenario.openRequisition("beats"), name, "markup-" + tag + "@example.com");

        Page found = rita.get(search("alert('" + tag));

        assertThat(found.text("#result-application-" + id + " .result-link")).isEqualTo(name);
        assertThat(found.html()).doesNotContain(name);
    }

    @ParameterizedTest(name = "q = {0}")
    @ValueSource(strings = {"%", "%%", "_", "__", "'", "''", "\"\"", "' OR 1=1 --", "<script>alert(1)</script>",
            "שלום עולם", "\u202Eevil", "!%", "\\", "{0}", "  "})
    void shouldAnswerOddQueriesWithoutAnErrorAndWithoutFindingEveryone(String q) {
        long id = add(scenario.openRequisition("beats"), "Plain " + tag, "plain-" + tag + "@example.com");

        Page found = rita.get(search(q));

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.has("#result-application-" + id)).isFalse();
        assertThat(found.html()).doesNotContain("<script>alert(1)</script>");
        assertThat(found.value("#search-page-q")).isEqualTo(q);
    }

    @Test
    void shouldCutAVeryLongQueryAndAnswer() {
        Page found = rita.get(search("a".repeat(10_000)));

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.value("#search-page-q")).hasSize(100);
    }

    @Test
    void shouldAskForTwoCharactersAtLeast() {
        Page found = rita.get(search("o"));

        assertThat(found.text("#search-too-short")).isEqualTo("Type at least two letters or digits to search.");
        assertThat(found.has("#candidate-results")).isFalse();
    }

    @Test
    void shouldOfferTheSearchBoxInTheHeaderToThePipelineOnly() {
        assertThat(rita.get("/tasks").has("#header-search input[name=q]")).isTrue();
        assertThat(scenario.signedIn("hank").get("/tasks").has("#header-search")).isTrue();
        Visitor ivan = scenario.signedIn("ivan");
        assertThat(ivan.get("/tasks").has("#header-search")).isFalse();
        assertThat(ivan.get(search("anyone")).status()).isEqualTo(403);
    }
}
