package dev.onramp.hiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.hiring.ApplicationRepository.NewApplication;
import dev.onramp.hiring.RequisitionRepository.NewRequisition;
import dev.onramp.people.PersonRepository;
import dev.onramp.people.Team;
import dev.onramp.people.TeamRepository;
import dev.onramp.system.OnrampAppTest;
import dev.onramp.system.WebTest;
import dev.onramp.system.WebTest.Page;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A requisition with more applications than a page: the board counts every lane whole but shows only its first
 * cards, the lane's pages show all of them once, and the requisition's page lists them a page at a time. The
 * applications are rows without a process (so they wait in Screening): what is paged here is the list, not the flow.
 */
@OnrampAppTest
class BoardAndRequisitionPagingTest {

    static final int APPLICATIONS = 57;

    @Autowired
    WebTest webTest;
    @Autowired
    ApplicationRepository applications;
    @Autowired
    RequisitionRepository requisitions;
    @Autowired
    TeamRepository teams;
    @Autowired
    PersonRepository people;
    @Autowired
    Clock clock;

    private long requisitionId;
    private final List<Long> ids = new ArrayList<>();

    @BeforeEach
    void openARequisitionWithManyApplications() {
        Team kibana = teams.findBySlug("kibana").orElseThrow();
        long rita = people.findByUsername("rita").orElseThrow().id();
        requisitionId = requisitions.insert(new NewRequisition(kibana.id(), "Paging test " + UUID.randomUUID(),
                kibana.hiringManagerId(), "Anywhere", 1, "", rita, clock.instant()));
        for (int i = 0; i < APPLICATIONS; i++) {
            ids.add(applications.insert(new NewApplication(requisitionId, "Candidate " + i, "c" + i + "@example.org",
                    "Europe/Berlin", "DE", null, Application.Source.INBOUND, rita, clock.instant().minusSeconds(i))));
        }
    }

    @Test
    void shouldCountTheWholeLaneButShowOnlyItsFirstCardsOnTheBoard() {
        Page board = get("/requisitions/" + requisitionId + "/board");
        assertThat(board.text("#column-screening .lane-count")).isEqualTo(String.valueOf(APPLICATIONS));
        assertThat(board.select("#column-screening .board-card")).hasSize(PipelineBoard.CARDS_PER_LANE);
        assertThat(board.one("#more-screening").attr("href"))
                .isEqualTo("/requisitions/" + requisitionId + "/board/screening");
        assertThat(board.select("#more-ended")).isEmpty();
    }

    @Test
    void shouldShowEveryCardOfALaneOnceAcrossItsPages() {
        List<String> seen = new ArrayList<>();
        String path = "/requisitions/" + requisitionId + "/board/screening";
        int pages = 0;
        while (path != null && pages++ < 10) {
            Page page = get(path);
            List<String> cards = page.select("#lane-cards .board-card").eachAttr("id");
            assertThat(cards.size()).isLessThanOrEqualTo(PipelineBoard.LANE_PAGE);
            seen.addAll(cards);
            path = page.select("#lane-next").isEmpty() ? null : page.one("#lane-next").attr("href");
        }
        assertThat(pages).isEqualTo(2);
        assertThat(seen).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(ids.stream().map(id -> "card-" + id).toList());
    }

    @Test
    void shouldAnswerOutOfRangeLanePagesWithTheNearestPageAndAnUnknownLaneWithNotFound() {
        String lane = "/requisitions/" + requisitionId + "/board/screening";
        assertThat(get(lane + "?page=0").select("#lane-previous")).isEmpty();
        assertThat(get(lane + "?page=-7").select("#lane-cards .board-card")).hasSize(PipelineBoard.LANE_PAGE);
        assertThat(get(lane + "?page=99999999999999999999").select("#lane-cards .board-card")).hasSize(APPLICATIONS - PipelineBoard.LANE_PAGE);
        assertThat(get(lane + "?page=2147483648").select("#lane-next")).isEmpty();
        assertThat(get(lane + "?page=abc").select("#lane-cards .board-card")).hasSize(PipelineBoard.LANE_PAGE);
        assertThat(get("/requisitions/" + requisitionId + "/board/ended").select(".board-card")).isEmpty();
        assertThat(webTest.signedIn("rita").get("/requisitions/" + requisitionId + "/board/no-such-lane").status()).isEqualTo(404);
        assertThat(webTest.signedIn("rita").get("/requisitions/987654321/board/screening").status()).isEqualTo(404);
        assertThat(webTest.signedIn("rita").get("/requisitions/" + requisitionId + "/board/%3Cscript%3E").status()).isEqualTo(404);
    }

    @Test
    void shouldListTheRequisitionsApplicationsAPageAtATimeNewestFirst() {
        String path = "/requisitions/" + requisitionId;
        Page first = get(path);
        List<String> seen = new ArrayList<>(rows(first));
        assertThat(seen).hasSize(RequisitionController.APPLICATIONS_PAGE);
        assertThat(seen.get(0)).as("newest first").isEqualTo("application-" + ids.get(0));
        assertThat(first.select("#applications-previous")).isEmpty();
        Page second = get(first.one("#applications-next").attr("href"));
        seen.addAll(rows(second));
        assertThat(second.select("#applications-next")).isEmpty();
        assertThat(seen).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(ids.stream().map(id -> "application-" + id).toList());
    }

    @Test
    void shouldAnswerOutOfRangeRequisitionPagesWithTheNearestPage() {
        String path = "/requisitions/" + requisitionId;
        assertThat(rows(get(path + "?page=-1"))).hasSize(RequisitionController.APPLICATIONS_PAGE);
        assertThat(rows(get(path + "?page=0"))).hasSize(RequisitionController.APPLICATIONS_PAGE);
        assertThat(rows(get(path + "?page=999"))).hasSize(APPLICATIONS - RequisitionController.APPLICATIONS_PAGE);
        assertThat(rows(get(path + "?page=1e3"))).hasSize(RequisitionController.APPLICATIONS_PAGE);
        assertThat(rows(get(path + "?page=" + "9".repeat(40)))).hasSize(APPLICATIONS - RequisitionController.APPLICATIONS_PAGE);
    }

    private static List<String> rows(Page page) {
        return page.select("#application-table tbody tr").eachAttr("id");
    }

    private Page get(String path) {
        Page page = webTest.signedIn("rita").get(path);
        assertThat(page.status()).as(path).isEqualTo(200);
        return page;
    }
}
