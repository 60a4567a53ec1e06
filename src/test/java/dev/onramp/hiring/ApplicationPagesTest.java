package dev.onramp.hiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.onramp.system.WebTest.Page;
import dev.onramp.system.WebTest.Visitor;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Adding a candidate to a requisition and the application's page, signed in through MockMvc. */
class ApplicationPagesTest extends HiringWebSupport {

    private static String newForm(long requisitionId) {
        return "/requisitions/" + requisitionId + "/applications/new";
    }

    private static String action(long requisitionId) {
        return "/requisitions/" + requisitionId + "/applications";
    }

    private long countApplications(long requisitionId) {
        return applications.findByRequisition(requisitionId).size();
    }

    @Test
    void shouldAddACandidateAndStartTheirHiringProcess() {
        long requisition = openRequisition(unique("Go Developer"));
        when(processes.start(anyLong(), anyLong(), any())).thenReturn("instance-1");
        Visitor rita = signedIn("rita");
        Map<String, String> fields = validApplication("  Grace.Hopper@Example.COM ");
        fields.put("country", "us");

        Page response = rita.postForm(newForm(requisition), action(requisition), fields);

        String page = location(response);
        assertThat(page).matches("/applications/\\d+");
        long id = idAtEndOf(page);
        Application saved = applications.get(id);
        assertThat(saved.requisitionId()).isEqualTo(requisition);
        assertThat(saved.candidateName()).isEqualTo("Grace Hopper");
        assertThat(saved.candidateEmail()).isEqualTo("Grace.Hopper@Example.COM");
        assertThat(jdbc.sql("SELECT candidate_email_key FROM application WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo("grace.hopper@example.com");
        assertThat(saved.candidateZone()).isEqualTo("America/New_York");
        assertThat(saved.candidateCountry()).isEqualTo("US");
        assertThat(saved.resumeUrl()).isEqualTo("https://example.com/grace.pdf");
        assertThat(saved.source()).isEqualTo(Application.Source.REFERRAL);
        assertThat(saved.status()).isEqualTo(Application.Status.ACTIVE);
        assertThat(saved.stage()).isNull();
        assertThat(saved.createdBy()).isEqualTo(person("rita").id());
        verify(processes).start(eq(id), eq(requisition), eq(new RequisitionRepository.ProcessStart("beats",
                teams.findBySlug("beats").orElseThrow().loopProcessKey(), "hank")));
        Page shown = rita.follow(response);
        assertThat(shown.flash()).contains("The candidate is added and their hiring process has started.");
        assertThat(shown.text("#candidate-name")).isEqualTo("Grace Hopper");
        assertThat(shown.text("#candidate-zone")).contains("America/New_York");
        assertThat(shown.text("#candidate-country")).isEqualTo("United States (US)");
        assertThat(shown.text("#candidate-source")).isEqualTo("Referral");
    }

    @Test
    void shouldShowTheCandidatePageWithLocalTimeResumeLinkAndTimelineSpot() {
        long requisition = openRequisition(unique("Go Developer"));
        Visitor rita = signedIn("rita");
        long id = idAtEndOf(location(rita.postForm(newForm(requisition), action(requisition),
                validApplication(email("page")))));

        Page page = rita.get("/applications/" + id);

        assertThat(page.text("#candidate-zone")).matches("America/New_York, where it is \\w{3} \\d{2}:\\d{2} now");
        assertThat(page.one("a#resume-link").attr("href")).isEqualTo("https://example.com/grace.pdf");
        assertThat(page.one("a#resume-link").attr("rel")).isEqualTo("noopener noreferrer");
        assertThat(page.one("#requisition-link").attr("href")).isEqualTo("/requisitions/" + requisition);
        assertThat(page.text("#application-timeline")).contains("Application added by Rita Recruiter");
        assertThat(page.text("#application-status")).isEqualTo("Active");
        assertThat(page.text()).contains("Screening");
    }

    static Stream<Arguments> invalidApplications() {
        return Stream.of(
                Arguments.of("name", " ", "Enter the candidate\u2019s name."),
                Arguments.of("name", "x".repeat(201), "Use at most 200 characters."),
                Arguments.of("email", "", "Enter the candidate\u2019s e-mail address."),
                Arguments.of("email", "not-an-email", "Enter an e-mail address such as name@example.com."),
                Arguments.of("email", "grace@localhost", "Enter an e-mail address such as name@example.com."),
                Arguments.of("email", "grace@example..com", "Enter an e-mail address such as name@example.com."),
                Arguments.of("email", "grace,hopper@example.com", "Enter an e-mail address such as name@example.com."),
                Arguments.of("email", "Grace <grace@example.com>", "Enter an e-mail address such as name@example.com."),
                Arguments.of("email", "\"grace hopper\"@example.com", "Enter an e-mail address such as name@example.com."),
                Arguments.of("email", "grace@example.com.", "Enter an e-mail address such as name@example.com."),
                Arguments.of("email", "g".repeat(250) + "@example.com", "Use at most 254 characters."),
                Arguments.of("zone", "", "Choose the candidate\u2019s time zone from the list."),
                Arguments.of("zone", "Mars/Olympus_Mons", "Choose a time zone from the list, such as Europe/Berlin."),
                Arguments.of("zone", "US/Eastern", "Choose a time zone from the list, such as Europe/Berlin."),
                Arguments.of("country", "", "Choose the candidate\u2019s country."),
                Arguments.of("country", "XX", "Choose a country from the list."),
                Arguments.of("country", "USA", "Choose a country from the list."),
                Arguments.of("resumeUrl", "javascript:alert(1)", "Enter a web link that starts with http:// or https://"),
                Arguments.of("resumeUrl", "ftp://example.com/cv.pdf", "Enter a web link that starts with http:// or https://"),
                Arguments.of("resumeUrl", "https://", "Enter a web link that starts with http:// or https://"),
                Arguments.of("resumeUrl", "https://example.com/" + "x".repeat(490), "Use at most 500 characters."),
                Arguments.of("source", "", "Choose where the candidate came from."),
                Arguments.of("source", "HEADHUNTED", "Choose where the candidate came from."));
    }

    @ParameterizedTest(name = "{0} = \"{1}\"")
    @MethodSource("invalidApplications")
    void shouldShowTheFieldErrorAndKeepWhatWasTyped(String field, String value, String message) {
        long requisition = openRequisition(unique("Go Developer"));
        Visitor rita = signedIn("rita");
        Map<String, String> fields = validApplication("grace@example.com");
        fields.put(field, value);

        Page response = rita.postForm(newForm(requisition), action(requisition), fields);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text("#" + field + "-error")).contains(message);
        Map<String, String> kept = Map.of(
                "name", "Grace Hopper",
                "email", "grace@example.com",
                "zone", "America/New_York",
                "country", "US",
                "resumeUrl", "https://example.com/grace.pdf",
                "source", "REFERRAL");
        Map<String, String> selectedOption = Map.of("country", "United States", "source", "Referral");
        kept.forEach((other, expected) -> {
            if (!other.equals(field)) {
                if (selectedOption.containsKey(other)) {
                    assertThat(response.one("#" + other + " option[selected]").val()).as("kept " + other).isEqualTo(expected);
                    assertThat(response.selected("#" + other)).as("kept " + other).isEqualTo(selectedOption.get(other));
                } else {
                    assertThat(response.value("#" + other)).as("kept " + other).isEqualTo(expected);
                }
            }
        });
        assertThat(countApplications(requisition)).isZero();
        verify(processes, never()).start(anyLong(), anyLong(), any());
    }

    @Test
    void shouldRefuseTheSameEmailTwiceOnOneRequisition() {
        long requisition = openRequisition(unique("Go Developer"));
        Visitor rita = signedIn("rita");
        location(rita.postForm(newForm(requisition), action(requisition), validApplication("twice@example.com")));
        Map<String, String> again = validApplication(" TWICE@Example.com");
        again.put("name", "Grace B. Hopper");

        Page response = rita.postForm(newForm(requisition), action(requisition), again);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text("#email-error")).contains("This e-mail has already applied to this requisition.");
        assertThat(response.value("#name")).isEqualTo("Grace B. Hopper");
        assertThat(countApplications(requisition)).isEqualTo(1);
    }

    @Test
    void shouldAcceptTheSameEmailOnAnotherRequisition() {
        long first = openRequisition(unique("Go Developer"));
        long second = openRequisition(unique("Rust Developer"));
        Visitor rita = signedIn("rita");
        location(rita.postForm(newForm(first), action(first), validApplication("both@example.com")));

        String page = location(rita.postForm(newForm(second), action(second), validApplication("both@example.com")));

        assertThat(page).matches("/applications/\\d+");
    }

    @Test
    void shouldTurnAwayCandidatesFromAClosedRequisition() {
        long requisition = openRequisition(unique("Go Developer"));
        Visitor rita = signedIn("rita");
        requisitions.close(requisition, "Filled", clock.instant());

        Page form = rita.get(newForm(requisition));
        assertThat(location(form)).isEqualTo("/requisitions/" + requisition);
        assertThat(rita.follow(form).flash()).contains("This requisition is closed: it takes no new candidates.");

        Page posted = rita.post(action(requisition), validApplication("late@example.com"));
        assertThat(location(posted)).isEqualTo("/requisitions/" + requisition);
        Page page = rita.follow(posted);
        assertThat(page.flash()).contains("This requisition is closed: it takes no new candidates.");
        assertThat(page.has("#add-candidate")).isFalse();
        assertThat(countApplications(requisition)).isZero();
        verify(processes, never()).start(anyLong(), anyLong(), any());
    }

    @Test
    void shouldKeepNoApplicationWhenTheProcessDoesNotStart() {
        long requisition = openRequisition(unique("Go Developer"));
        when(processes.start(anyLong(), anyLong(), any()))
                .thenThrow(new ApplicationProcesses.NotStartedException("no HiringProcess deployed", null));
        Visitor rita = signedIn("rita");

        Page response = rita.postForm(newForm(requisition), action(requisition),
                validApplication("rollback@example.com"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text()).contains("The hiring process could not start, so the candidate was not added.");
        assertThat(response.value("#email")).isEqualTo("rollback@example.com");
        assertThat(countApplications(requisition)).isZero();
    }

    @Test
    void shouldEscapeHtmlInCandidateNames() {
        long requisition = openRequisition(unique("Go Developer"));
        String name = "<img src=x onerror=alert(1)> O'Brien-\u0141ukasiewicz";
        Visitor rita = signedIn("rita");
        Map<String, String> fields = validApplication(email("xss"));
        fields.put("name", name);
        long id = idAtEndOf(location(rita.postForm(newForm(requisition), action(requisition), fields)));
        assertThat(applications.get(id).candidateName()).isEqualTo(name);
        String escaped = "&lt;img src=x onerror=alert(1)&gt; O&#39;Brien-\u0141ukasiewicz";

        String applicationPage = rita.get("/applications/" + id).html();
        String requisitionPage = rita.get("/requisitions/" + requisition).html();
        Map<String, String> invalid = validApplication("not-an-email");
        invalid.put("name", name);
        String reRendered = rita.postForm(newForm(requisition), action(requisition), invalid).html();

        for (String page : new String[] {applicationPage, requisitionPage, reRendered}) {
            assertThat(page).doesNotContain("<img src=x").contains(escaped);
        }
    }

    @Test
    void shouldForbidInterviewersMentorsAndHiringManagersToAddCandidates() {
        long requisition = openRequisition(unique("Go Developer"));
        for (String username : new String[] {"ivan", "mia", "hank"}) {
            Visitor web = signedIn(username);
            assertThat(web.get(newForm(requisition)).status()).as(username).isEqualTo(403);
            Page posted = web.post(action(requisition), validApplication(email("x")));
            assertThat(posted.status()).as(username).isEqualTo(403);
            assertThat(posted.text("h1")).isEqualTo("You may not open this page");
        }
        assertThat(countApplications(requisition)).isZero();
    }

    @Test
    void shouldShowAnApplicationToRecruitersAdminsAndItsHiringManagerOnly() {
        long requisition = openRequisition(unique("Go Developer"));
        long id = insertApplication(requisition, "Linus Candidate", email("linus"));

        for (String username : new String[] {"rita", "rafael", "admin", "hank"}) {
            Page response = signedIn(username).get("/applications/" + id);
            assertThat(response.status()).as(username).isEqualTo(200);
            assertThat(response.text("#candidate-name")).isEqualTo("Linus Candidate");
        }
        for (String username : new String[] {"erik", "ivan", "mia"}) {
            Page response = signedIn(username).get("/applications/" + id);
            assertThat(response.status()).as(username).isEqualTo(404);
            assertThat(response.text()).doesNotContain("Linus Candidate");
        }
        assertThat(signedIn("hank").get("/requisitions/" + requisition).text("#application-table")).contains("Linus Candidate");
        Page otherManagersView = signedIn("erik").get("/requisitions/" + requisition);
        assertThat(otherManagersView.text()).doesNotContain("Linus Candidate");
        assertThat(otherManagersView.has("#candidates-hidden")).isTrue();
    }

    @Test
    void shouldAnswer404ForAnUnknownRequisitionOrApplication() {
        Visitor rita = signedIn("rita");
        assertThat(rita.get(newForm(987654321)).status()).isEqualTo(404);
        assertThat(rita.post(action(987654321), validApplication("nobody@example.com")).status())
                .isEqualTo(404);
        assertThat(rita.get("/applications/987654321").status()).isEqualTo(404);
    }
}
