package dev.onramp.hiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import dev.onramp.system.WebTest;
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
        String shown = rita.follow(posted).html();
        assertThat(shown).contains("The requisition is open.").contains(title).contains("Karl Becker");
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
        String form = hank.get("/requisitions/new").html();
        assertThat(form).containsPattern("<option value=\"" + teamId("beats") + "\" selected=\"selected\">Beats</option>");
        assertThat(form).containsPattern("<option value=\"" + person("hank").id() + "\" selected=\"selected\">Hank Hiring</option>");
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
        String body = response.html();
        assertThat(body).contains("id=\"" + field + "-error\"").contains(message);
        assertThat(body).contains("has-error");
        if (!field.equals("title")) {
            assertThat(body).contains("value=\"" + title + "\"");
        }
        if (!field.equals("locationPolicy")) {
            assertThat(body).contains("value=\"Americas and Europe\"");
        }
        if (!field.equals("openings")) {
            assertThat(body).contains("value=\"3\"");
        } else if (!value.isEmpty()) {
            assertThat(body).contains("value=\"" + value + "\"");
        }
        if (!field.equals("description")) {
            assertThat(body).contains("Charts that stay fast at a billion points.");
        }
        if (!field.equals("teamId")) {
            assertThat(body).contains("<option value=\"" + teamId("kibana") + "\" selected=\"selected\">Kibana</option>");
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
        assertThat(response.html()).contains("id=\"hiringManagerId-error\"").contains("Choose one of the hiring managers in the list.");
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

        String openOnes = rita.get("/requisitions?q=" + marker.replace(' ', '+')).html();
        assertThat(openOnes).contains("id=\"requisition-" + open + "\"").contains("id=\"requisition-" + other + "\"")
                .doesNotContain("id=\"requisition-" + closed + "\"");
        assertThat(openOnes).containsPattern("id=\"requisition-" + open + "\">(?s:.*?)class=\"active-applications\">2<");
        assertThat(openOnes).containsPattern("id=\"requisition-" + other + "\">(?s:.*?)class=\"active-applications\">0<");

        String goAnyStatus = rita.get("/requisitions?status=ALL&q=" + (marker + " go ").replace(' ', '+')).html();
        assertThat(goAnyStatus).contains("id=\"requisition-" + open + "\"").contains("id=\"requisition-" + closed + "\"")
                .doesNotContain("id=\"requisition-" + other + "\"");

        String closedOnes = rita.get("/requisitions?status=CLOSED&q=" + marker.replace(' ', '+')).html();
        assertThat(closedOnes).contains("id=\"requisition-" + closed + "\"").doesNotContain("id=\"requisition-" + open + "\"");

        String otherTeam = rita.get("/requisitions?team=" + teamId("kibana") + "&q=" + marker.replace(' ', '+')).html();
        assertThat(otherTeam).contains("id=\"no-requisitions\"");
        String beats = rita.get("/requisitions?team=" + teamId("beats") + "&q=" + marker.replace(' ', '+')).html();
        assertThat(beats).contains("id=\"requisition-" + open + "\"");
    }

    @Test
    void shouldTreatPercentAndUnderscoreInTheTextFilterLiterally() {
        Visitor rita = signedIn("rita");
        assertThat(rita.get("/requisitions?status=ALL&q=%25").html()).contains("id=\"no-requisitions\"");
        assertThat(rita.get("/requisitions?status=ALL&q=_").html()).contains("id=\"no-requisitions\"");
    }

    @Test
    void shouldIgnoreFiltersItCannotRead() {
        Page response = signedIn("rita").get("/requisitions?team=beats&status=whatever");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.html()).contains("id=\"requisition-table\"");
    }

    @Test
    void shouldShowARequisitionWithItsApplications() {
        long id = openRequisition(unique("Go Developer"));
        long application = insertApplication(id, "Ada Lovelace", email("ada"));

        String page = signedIn("hank").get("/requisitions/" + id).html();

        assertThat(page).contains("Hank Hiring").contains("Anywhere");
        assertThat(page).containsPattern("id=\"application-" + application + "\">(?s:.*?)Ada Lovelace(?s:.*?)Screening(?s:.*?)<td>0</td>");
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
        String page = rita.follow(response).html();
        assertThat(page).contains("The requisition is closed; its open applications have ended.")
                .contains("Filled by an internal move").doesNotContain("id=\"close-form\"");
    }

    @Test
    void shouldSayAlreadyClosedWhenClosingTwice() {
        long id = openRequisition(unique("Go Developer"));
        insertApplication(id, "Candidate One", email("one"));
        Visitor rita = signedIn("rita");
        rita.follow(rita.post("/requisitions/" + id + "/close", Map.of("reason", "Filled")));

        Page again = rita.post("/requisitions/" + id + "/close", Map.of("reason", "Filled again"));

        assertThat(location(again)).isEqualTo("/requisitions/" + id);
        assertThat(rita.follow(again).html()).contains("This requisition was already closed; nothing changed.");
        assertThat(requisitions.get(id).closeReason()).isEqualTo("Filled");
        verify(processes, times(1)).endForClosedRequisition(anyLong());
    }

    @Test
    void shouldKeepTheRequisitionOpenWhenNoReasonIsGiven() {
        long id = openRequisition(unique("Go Developer"));
        Visitor rita = signedIn("rita");

        Page response = rita.postForm("/requisitions/" + id, "/requisitions/" + id + "/close", Map.of("reason", "  "));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.html()).contains("id=\"reason-error\"").contains("Say why the requisition closes.");
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
                assertThat(response.html()).contains("You may not open this page");
            }
            assertThat(web.post("/requisitions", validRequisition("Sneaky")).status()).isEqualTo(403);
            assertThat(web.post("/requisitions/" + id + "/close", Map.of("reason", "Sneaky")).status())
                    .isEqualTo(403);
        }
        assertThat(requisitions.get(id).isOpen()).isTrue();
        assertThat(requisitions.findAll()).extracting(Requisition::title).doesNotContain("Sneaky");
    }
}
