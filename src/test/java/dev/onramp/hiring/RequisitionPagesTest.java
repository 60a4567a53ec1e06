package dev.onramp.hiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import dev.onramp.hiring.RequisitionRepository.NewRequisition;
import dev.onramp.system.WebTest.Page;
import dev.onramp.system.WebTest.Visitor;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The pipeline list, opening a requisition, its page and closing it, signed in through MockMvc. */
class RequisitionPagesTest extends HiringWebSupport {

    private Map<String, String> validRequisition(String title) {
        Map<String, String> fields = new HashMap<>();
        fields.put("title", title);
        fields.put("teamId", String.valueOf(teamId("kibana")));
        fields.put("hiringManagerId", "");
        fields.put("locationPolicy", "Americas and Europe");
        fields.put("openings", "3");
        fields.put("description", "Charts that stay fast at a billion points.");
        return fields;
    }

    @Test
    void shouldOpenARequisitionWithTheTeamsHiringManagerByDefault() {
        Visitor rita = signedIn("rita");
        String title = unique("Visualisation Engineer");

        Page posted = rita.postForm("/requisitions/new", "/requisitions", validRequisition(title));

        String page = location(posted);
        assertThat(page).matches("/requisitions/\\d+");
        Requisition saved = requisitions.get(idAtEndOf(page));
        assertThat(saved.title()).isEqualTo(title);
        assertThat(saved.teamId()).isEqualTo(teamId("kibana"));
        assertThat(saved.hiringManagerId()).isEqualTo(person("karl").id());
        assertThat(saved.locationPolicy()).isEqualTo("Americas and Europe");
        assertThat(saved.openings()).isEqualTo(3);
        assertThat(saved.description()).isEqualTo("Charts that stay fast at a billion points.");
        assertThat(saved.openedBy()).isEqualTo(person("rita").id());
        assertThat(saved.isOpen()).isTrue();
        Page shown = rita.follow(posted);
        assertThat(shown.flash()).contains("The requisition is open.");
        assertThat(shown.text("#requisition-title")).isEqualTo(title);
        assertThat(shown.text("#requisition-details")).contains("Karl Becker");
    }

    @Test
    void shouldOpenARequisitionWithTheChosenHiringManager() {
        Visitor rita = signedIn("rita");
        Map<String, String> fields = validRequisition(unique("Kibana Engineer"));
        fields.put("hiringManagerId", String.valueOf(person("erik").id()));

        long id = idAtEndOf(location(rita.postForm("/requisitions/new", "/requisitions", fields)));

        assertThat(requisitions.get(id).hiringManagerId()).isEqualTo(person("erik").id());
    }

    @Test
    void shouldLetAHiringManagerOpenARequisitionWithTheirTeamPreselected() {
        Visitor hank = signedIn("hank");
        Page form = hank.get("/requisitions/new");
        assertThat(form.one("#teamId option[selected]").val()).isEqualTo(String.valueOf(teamId("beats")));
        assertThat(form.selected("#teamId")).isEqualTo("Beats");
        assertThat(form.one("#hiringManagerId option[selected]").val()).isEqualTo(String.valueOf(person("hank").id()));
        assertThat(form.selected("#hiringManagerId")).isEqualTo("Hank Hiring");
        Map<String, String> fields = validRequisition(unique("Beats Engineer"));
        fields.put("teamId", String.valueOf(teamId("beats")));

        long id = idAtEndOf(location(hank.postForm("/requisitions/new", "/requisitions", fields)));

        assertThat(requisitions.get(id).hiringManagerId()).isEqualTo(person("hank").id());
        assertThat(requisitions.get(id).openedBy()).isEqualTo(person("hank").id());
    }

    static Stream<Arguments> invalidRequisitions() {
        return Stream.of(
                Arguments.of("title", "", "Give the requisition a title."),
                Arguments.of("title", "x".repeat(201), "Use at most 200 characters."),
                Arguments.of("teamId", "", "Choose the team that hires."),
                Arguments.of("teamId", "999999", "Choose one of the teams in the list."),
                Arguments.of("teamId", "beats", "Choose one of the teams in the list."),
                Arguments.of("locationPolicy", " ", "Say where the new hire may live"),
                Arguments.of("locationPolicy", "x".repeat(101), "Use at most 100 characters."),
                Arguments.of("openings", "", "Say how many people this requisition hires."),
                Arguments.of("openings", "0", "Enter a whole number from 1 to 50."),
                Arguments.of("openings", "51", "Enter a whole number from 1 to 50."),
                Arguments.of("openings", "two", "Enter a whole number from 1 to 50."),
                Arguments.of("openings", "1.5", "Enter a whole number from 1 to 50."),
                Arguments.of("description", "x".repeat(4001), "Use at most 4000 characters."));
    }

    @ParameterizedTest(name = "{0} = \"{1}\"")
    @MethodSource("invalidRequisitions")
    void shouldShowTheFieldErrorAndKeepWhatWasTyped(String field, String value, String message) {
        Visitor rita = signedIn("rita");
        String title = unique("Kept title");
        Map<String, String> fields = validRequisition(title);
        fields.put(field, value);
        long before = requisitions.findAll().size();

        Page response = rita.postForm("/requisitions/new", "/requisitions", fields);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text("#" + field + "-error")).contains(message);
        assertThat(response.has(".has-error")).isTrue();
        if (!field.equals("title")) {
            assertThat(response.value("#title")).isEqualTo(title);
        }
        if (!field.equals("locationPolicy")) {
            assertThat(response.value("#locationPolicy")).isEqualTo("Americas and Europe");
        }
        if (!field.equals("openings")) {
            assertThat(response.value("#openings")).isEqualTo("3");
        } else if (!value.isEmpty()) {
            assertThat(response.value("#openings")).isEqualTo(value);
        }
        if (!field.equals("description")) {
            assertThat(response.value("#description")).isEqualTo("Charts that stay fast at a billion points.");
        }
        if (!field.equals("teamId")) {
            assertThat(response.one("#teamId option[selected]").val()).isEqualTo(String.valueOf(teamId("kibana")));
            assertThat(response.selected("#teamId")).isEqualTo("Kibana");
        }
        assertThat(requisitions.findAll()).hasSize((int) before);
    }

    @Test
    void shouldRefuseAHiringManagerWhoIsNotOne() {
        Visitor rita = signedIn("rita");
        Map<String, String> fields = validRequisition(unique("Kibana Engineer"));
        fields.put("hiringManagerId", String.valueOf(person("ivan").id()));

        Page response = rita.postForm("/requisitions/new", "/requisitions", fields);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text("#hiringManagerId-error")).contains("Choose one of the hiring managers in the list.");
    }

    @Test
    void shouldListRequisitionsWithFiltersAndCountsOfActiveApplications() {
        String marker = unique("Filterable");
        long open = openRequisition(marker + " Go Developer");
        long other = openRequisition(marker + " Rust Developer");
        long closed = openRequisition(marker + " Go Tester");
        insertApplication(open, "Candidate One", email("one"));
        insertApplication(open, "Candidate Two", email("two"));
        long ended = insertApplication(open, "Candidate Three", email("three"));
        applications.endForClosedRequisition(ended, clock.instant());
        requisitions.close(closed, "Filled", clock.instant());
        Visitor rita = signedIn("rita");

        Page openOnes = rita.get("/requisitions?q=" + marker.replace(' ', '+'));
        assertThat(openOnes.select("#requisition-table tbody tr").eachAttr("id"))
                .contains("requisition-" + open, "requisition-" + other).doesNotContain("requisition-" + closed);
        assertThat(openOnes.text("#requisition-" + open + " .active-applications")).isEqualTo("2");
        assertThat(openOnes.text("#requisition-" + other + " .active-applications")).isEqualTo("0");

        Page goAnyStatus = rita.get("/requisitions?status=ALL&q=" + (marker + " go ").replace(' ', '+'));
        assertThat(goAnyStatus.select("#requisition-table tbody tr").eachAttr("id"))
                .contains("requisition-" + open, "requisition-" + closed).doesNotContain("requisition-" + other);

        Page closedOnes = rita.get("/requisitions?status=CLOSED&q=" + marker.replace(' ', '+'));
        assertThat(closedOnes.select("#requisition-table tbody tr").eachAttr("id"))
                .contains("requisition-" + closed).doesNotContain("requisition-" + open);

        Page otherTeam = rita.get("/requisitions?team=" + teamId("kibana") + "&q=" + marker.replace(' ', '+'));
        assertThat(otherTeam.has("#no-requisitions")).isTrue();
        Page beats = rita.get("/requisitions?team=" + teamId("beats") + "&q=" + marker.replace(' ', '+'));
        assertThat(beats.has("#requisition-" + open)).isTrue();
    }

    @Test
    void shouldTreatPercentAndUnderscoreInTheTextFilterLiterally() {
        Visitor rita = signedIn("rita");
        assertThat(rita.get("/requisitions?status=ALL&q=%25").has("#no-requisitions")).isTrue();
        assertThat(rita.get("/requisitions?status=ALL&q=_").has("#no-requisitions")).isTrue();
    }

    @Test
    void shouldIgnoreFiltersItCannotRead() {
        Page response = signedIn("rita").get("/requisitions?team=beats&status=whatever");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.has("#requisition-table")).isTrue();
    }

    @Test
    void shouldShowARequisitionWithItsApplications() {
        long id = openRequisition(unique("Go Developer"));
        long application = insertApplication(id, "Ada Lovelace", email("ada"));

        Page page = signedIn("hank").get("/requisitions/" + id);

        assertThat(page.text("#requisition-details")).contains("Hank Hiring").contains("Anywhere");
        assertThat(page.one("#application-" + application).select("td").eachText())
                .containsSubsequence("Ada Lovelace", "Screening", "0");
    }

    @Test
    void shouldCloseARequisitionAndEndItsActiveApplications() {
        long id = openRequisition(unique("Go Developer"));
        long first = insertApplication(id, "Candidate One", email("one"));
        long second = insertApplication(id, "Candidate Two", email("two"));
        long ended = insertApplication(id, "Candidate Three", email("three"));
        applications.endForClosedRequisition(ended, clock.instant());
        Visitor rita = signedIn("rita");

        Page response = rita.postForm("/requisitions/" + id, "/requisitions/" + id + "/close",
                Map.of("reason", "Filled by an internal move"));

        assertThat(location(response)).isEqualTo("/requisitions/" + id);
        Requisition closed = requisitions.get(id);
        assertThat(closed.isOpen()).isFalse();
        assertThat(closed.closeReason()).isEqualTo("Filled by an internal move");
        assertThat(closed.closedAt()).isNotNull();
        verify(processes).endForClosedRequisition(first);
        verify(processes).endForClosedRequisition(second);
        verify(processes, never()).endForClosedRequisition(ended);
        Page page = rita.follow(response);
        assertThat(page.flash()).contains("The requisition is closed; its open applications have ended.");
        assertThat(page.text("#close-reason")).isEqualTo("Filled by an internal move");
        assertThat(page.has("#close-form")).isFalse();
    }

    @Test
    void shouldSayAlreadyClosedWhenClosingTwice() {
        long id = openRequisition(unique("Go Developer"));
        insertApplication(id, "Candidate One", email("one"));
        Visitor rita = signedIn("rita");
        rita.follow(rita.post("/requisitions/" + id + "/close", Map.of("reason", "Filled")));

        Page again = rita.post("/requisitions/" + id + "/close", Map.of("reason", "Filled again"));

        assertThat(location(again)).isEqualTo("/requisitions/" + id);
        assertThat(rita.follow(again).flash()).contains("This requisition was already closed; nothing changed.");
        assertThat(requisitions.get(id).closeReason()).isEqualTo("Filled");
        verify(processes, times(1)).endForClosedRequisition(anyLong());
    }

    @Test
    void shouldKeepTheRequisitionOpenWhenNoReasonIsGiven() {
        long id = openRequisition(unique("Go Developer"));
        Visitor rita = signedIn("rita");

        Page response = rita.postForm("/requisitions/" + id, "/requisitions/" + id + "/close", Map.of("reason", "  "));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text("#reason-error")).contains("Say why the requisition closes.");
        assertThat(requisitions.get(id).isOpen()).isTrue();
        verify(processes, never()).endForClosedRequisition(anyLong());
    }

    @Test
    void shouldAnswer404ForAnUnknownRequisition() {
        Visitor rita = signedIn("rita");
        assertThat(rita.get("/requisitions/987654321").status()).isEqualTo(404);
        assertThat(rita.post("/requisitions/987654321/close", Map.of("reason", "x")).status()).isEqualTo(404);
    }

    @Test
    void shouldForbidInterviewersAndMentorsEveryPipelinePage() {
        long id = openRequisition(unique("Go Developer"));
        for (String username : new String[] {"ivan", "mia"}) {
            Visitor web = signedIn(username);
            for (String page : new String[] {"/requisitions", "/requisitions/new", "/requisitions/" + id}) {
                Page response = web.get(page);
                assertThat(response.status()).as(username + " " + page).isEqualTo(403);
                assertThat(response.text("h1")).isEqualTo("You may not open this page");
            }
            assertThat(web.post("/requisitions", validRequisition("Sneaky")).status()).isEqualTo(403);
            assertThat(web.post("/requisitions/" + id + "/close", Map.of("reason", "Sneaky")).status())
                    .isEqualTo(403);
        }
        assertThat(requisitions.get(id).isOpen()).isTrue();
        assertThat(requisitions.findAll()).extracting(Requisition::title).doesNotContain("Sneaky");
    }

    /** An open requisition of another team than Hank's (Elasticsearch, hiring manager Erik). */
    private long otherTeamsRequisition(String title) {
        return requisitions.insert(new NewRequisition(teamId("elasticsearch"), title, person("erik").id(), "Anywhere",
                1, "", person("rita").id(), clock.instant()));
    }

    @Test
    void shouldRefuseAHiringManagerClosingAnotherTeamsRequisitionAndHideTheForm() {
        long id = otherTeamsRequisition(unique("Search Engineer"));
        insertApplication(id, "Candidate Elsewhere", email("elsewhere"));
        Visitor hank = signedIn("hank");

        assertThat(hank.get("/requisitions/" + id).has("#close-form")).as("no close form on another team's").isFalse();
        Page response = hank.post("/requisitions/" + id + "/close", Map.of("reason", "Not mine to close"));

        assertThat(response.status()).isEqualTo(403);
        assertThat(requisitions.get(id).isOpen()).isTrue();
        verify(processes, never()).endForClosedRequisition(anyLong());
        assertThat(signedIn("rita").get("/requisitions/" + id).has("#close-form")).as("recruiters: all teams").isTrue();
        long own = openRequisition(unique("Go Developer"));
        assertThat(hank.get("/requisitions/" + own).has("#close-form")).as("his own team's").isTrue();
    }

    @Test
    void shouldRefuseAHiringManagerOpeningARequisitionForAnotherTeamWithAFieldMessage() {
        Visitor hank = signedIn("hank");
        String title = unique("Search Engineer");
        Map<String, String> fields = validRequisition(title);
        fields.put("teamId", String.valueOf(teamId("elasticsearch")));
        fields.put("hiringManagerId", String.valueOf(person("hank").id()));

        Page response = hank.postForm("/requisitions/new", "/requisitions", fields);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text("#teamId-error")).contains("hiring managers open requisitions for their own team only");
        assertThat(requisitions.findAll()).extracting(Requisition::title).doesNotContain(title);
        Page form = hank.get("/requisitions/new?team=" + teamId("elasticsearch"));
        assertThat(form.select("#teamId option").eachText()).as("only his own team is offered")
                .containsExactly("Choose\u2026", "Beats");
        assertThat(form.selected("#teamId")).isEqualTo("Beats");
    }
}
