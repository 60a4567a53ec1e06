package dev.onramp.hiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import dev.onramp.system.WebTest.Page;
import dev.onramp.system.WebTest.Visitor;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Editing a requisition: who may, what is checked, a stale or repeated edit, and the history on its page. */
class RequisitionEditPageTest extends HiringWebSupport {

    private static String edit(long id) {
        return "/requisitions/" + id + "/edit";
    }

    /** The edit form's fields as the page shows them. */
    private static Map<String, String> fieldsOf(Page form) {
        Map<String, String> fields = new HashMap<>();
        for (String name : new String[] {"title", "locationPolicy", "openings", "version"}) {
            fields.put(name, form.value("#" + name));
        }
        fields.put("description", form.text("#description"));
        fields.put("hiringManagerId", form.one("#hiringManagerId option[selected]").val());
        return fields;
    }

    @Test
    void shouldSaveAnEditAndListWhatChangedOnTheRequisitionsPage() {
        long id = openRequisition(unique("Go Developer"));
        Visitor rita = signedIn("rita");
        Page form = rita.get(edit(id));
        assertThat(form.status()).isEqualTo(200);
        Map<String, String> fields = fieldsOf(form);
        String title = unique("Golang Developer");
        fields.put("title", title);
        fields.put("openings", "3");

        Page saved = rita.post(edit(id), fields);

        assertThat(location(saved)).isEqualTo("/requisitions/" + id);
        assertThat(requisitions.get(id).title()).isEqualTo(title);
        assertThat(requisitions.get(id).openings()).isEqualTo(3);
        Page page = rita.follow(saved);
        assertThat(page.flash()).isEqualTo("The requisition is saved; its changes are listed on its page.");
        assertThat(page.texts("#requisition-history li strong"))
                .containsExactly("Rita Recruiter changed the title", "Rita Recruiter changed the openings");
        assertThat(page.text("#requisition-history")).contains("to \u201C" + title + "\u201D").contains("from \u201C1\u201D to \u201C3\u201D");
    }

    @Test
    void shouldHandTheRunningApplicationsToANewHiringManagerOfTheTeam() {
        long id = openRequisition(unique("Beats Engineer"));
        long application = insertApplication(id, "Ada", email("ada"));
        long erik = person("erik").id();
        long erikTeam = person("erik").teamId();
        jdbc.sql("UPDATE person SET team_id = ? WHERE id = ?").params(teamId("beats"), erik).update();
        try {
            Visitor hank = signedIn("hank");
            Map<String, String> fields = fieldsOf(hank.get(edit(id)));
            fields.put("hiringManagerId", String.valueOf(erik));

            assertThat(hank.post(edit(id), fields).status()).isEqualTo(302);

            assertThat(requisitions.get(id).hiringManagerId()).isEqualTo(erik);
            verify(processes).handOverToHiringManager(application, "erik");
            assertThat(signedIn("rita").get("/requisitions/" + id).text("#requisition-history"))
                    .contains("changed the hiring manager").contains("from \u201CHank Hiring\u201D");
        } finally {
            jdbc.sql("UPDATE person SET team_id = ? WHERE id = ?").params(erikTeam, erik).update();
        }
    }

    @Test
    void shouldRefuseAHiringManagerOfAnotherTeam() {
        long id = openRequisition(unique("Beats Engineer"));
        Visitor rita = signedIn("rita");
        Map<String, String> fields = fieldsOf(rita.get(edit(id)));
        fields.put("hiringManagerId", String.valueOf(person("karl").id()));
        fields.put("title", "Kept title");

        Page page = rita.post(edit(id), fields);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text("#hiringManagerId-error")).isEqualTo("Choose a hiring manager of the requisition\u2019s team.");
        assertThat(page.value("#title")).isEqualTo("Kept title");
        assertThat(requisitions.get(id).hiringManagerId()).isEqualTo(person("hank").id());
        verify(processes, never()).handOverToHiringManager(anyLong(), eq("karl"));
    }

    static Stream<Arguments> invalidEdits() {
        return Stream.of(
                Arguments.of("title", "", "title-error", "Give the requisition a title."),
                Arguments.of("title", "x".repeat(201), "title-error", "Use at most 200 characters."),
                Arguments.of("locationPolicy", " ", "locationPolicy-error", "Say where the new hire may live"),
                Arguments.of("openings", "0", "openings-error", "Enter a whole number from 1 to 50."),
                Arguments.of("openings", "fifty", "openings-error", "Enter a whole number from 1 to 50."),
                Arguments.of("hiringManagerId", "x", "hiringManagerId-error", "Choose one of the hiring managers in the list."),
                Arguments.of("hiringManagerId", "", "hiringManagerId-error", "Choose the hiring manager."),
                Arguments.of("description", "x".repeat(4001), "description-error", "Use at most 4000 characters."),
                Arguments.of("version", "", "form-errors", "Reload the page and make your changes again."),
                Arguments.of("version", "v2", "form-errors", "Reload the page and make your changes again."));
    }

    @ParameterizedTest(name = "{0} = \"{1}\"")
    @MethodSource("invalidEdits")
    void shouldShowTheFieldErrorAndSaveNothing(String field, String value, String where, String message) {
        String title = unique("Unchanged");
        long id = openRequisition(title);
        Visitor rita = signedIn("rita");
        Map<String, String> fields = fieldsOf(rita.get(edit(id)));
        fields.put("openings", "2");
        fields.put(field, value);

        Page page = rita.post(edit(id), fields);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text("#" + where)).contains(message);
        assertThat(requisitions.get(id).title()).isEqualTo(title);
        assertThat(requisitions.get(id).openings()).isEqualTo(1);
    }

    @Test
    void shouldRefuseAnEditMadeBeforeSomeoneElseSavedAndKeepWhatWasTyped() {
        long id = openRequisition(unique("Race"));
        Visitor rita = signedIn("rita");
        Visitor hank = signedIn("hank");
        Map<String, String> ritas = fieldsOf(rita.get(edit(id)));
        Map<String, String> hanks = fieldsOf(hank.get(edit(id)));
        hanks.put("title", "Hank's title");
        assertThat(hank.post(edit(id), hanks).status()).isEqualTo(302);
        ritas.put("title", "Rita's title");

        Page stale = rita.post(edit(id), ritas);

        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.text("#form-errors")).contains("Someone else saved this requisition after you opened it.");
        assertThat(stale.value("#title")).isEqualTo("Rita's title");
        assertThat(stale.text("#saved-meanwhile")).contains("Hank's title");
        assertThat(requisitions.get(id).title()).isEqualTo("Hank's title");

        Map<String, String> again = new HashMap<>(ritas);
        again.put("version", stale.value("#version"));
        assertThat(rita.post(edit(id), again).status()).as("saved deliberately over Hank's").isEqualTo(302);
        assertThat(requisitions.get(id).title()).isEqualTo("Rita's title");
    }

    @Test
    void shouldSaveADoubleSubmitOnce() {
        long id = openRequisition(unique("Twice"));
        Visitor rita = signedIn("rita");
        Map<String, String> fields = fieldsOf(rita.get(edit(id)));
        fields.put("locationPolicy", "EMEA");

        Page first = rita.post(edit(id), fields);
        assertThat(rita.follow(first).flash()).isEqualTo("The requisition is saved; its changes are listed on its page.");
        Page second = rita.post(edit(id), fields);

        assertThat(first.status()).isEqualTo(302);
        assertThat(second.status()).isEqualTo(302);
        assertThat(rita.follow(second).flash()).isEqualTo("Nothing changed: the requisition is as it was.");
        assertThat(requisitions.changes(id)).hasSize(1);
    }

    @Test
    void shouldLetOnlyThoseWhoManageTheTeamEditIt() {
        long beats = openRequisition(unique("Beats"));
        long kibana = requisitions.insert(new RequisitionRepository.NewRequisition(teamId("kibana"), unique("Kibana"),
                person("karl").id(), "Anywhere", 1, "", person("rita").id(), clock.instant()));

        assertThat(signedIn("hank").get(edit(beats)).status()).isEqualTo(200);
        assertThat(signedIn("hank").get(edit(kibana)).status()).isEqualTo(403);
        assertThat(signedIn("hank").get("/requisitions/" + kibana).has("#edit-requisition")).isFalse();
        assertThat(signedIn("ivan").get(edit(beats)).status()).isEqualTo(403);
        Map<String, String> fields = fieldsOf(signedIn("rita").get(edit(kibana)));
        fields.put("title", "Taken over");
        assertThat(signedIn("hank").post(edit(kibana), fields).status()).isEqualTo(403);
        assertThat(requisitions.get(kibana).title()).startsWith("Kibana");
    }

    @Test
    void shouldNotEditAClosedRequisition() {
        long id = openRequisition(unique("Closed"));
        Visitor rita = signedIn("rita");
        Map<String, String> fields = fieldsOf(rita.get(edit(id)));
        requisitions.close(id, "Filled", clock.instant());
        fields.put("title", "Too late");

        Page posted = rita.post(edit(id), fields);

        assertThat(location(posted)).isEqualTo("/requisitions/" + id);
        assertThat(rita.follow(posted).text(".flash-error")).isEqualTo("A closed requisition cannot be edited.");
        assertThat(location(rita.get(edit(id)))).isEqualTo("/requisitions/" + id);
        assertThat(requisitions.get(id).title()).startsWith("Closed");
    }

    @Test
    void shouldAnswerRepeatedValuesThatFitNoFieldWithFieldErrors() {
        long id = openRequisition(unique("Repeated"));
        Visitor rita = signedIn("rita");
        rita.get(edit(id));

        Page page = rita.send(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(edit(id))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .contentType(org.springframework.http.MediaType.APPLICATION_FORM_URLENCODED)
                .param("title", "NaN").param("hiringManagerId", "999999999", "x")
                .param("locationPolicy", "a", " ", "-1").param("openings", "x", "0001-01-01T00:00", "b")
                .param("description", "e").param("version", "true", "x"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text("#form-errors")).contains("Reload the page");
        assertThat(requisitions.get(id).title()).startsWith("Repeated");
    }
}
