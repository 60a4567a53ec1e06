package dev.onramp.xschool;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.people.PersonRepository;
import dev.onramp.system.OnrampAppTest;
import dev.onramp.system.WebTest;
import dev.onramp.system.WebTest.Page;
import dev.onramp.system.WebTest.Visitor;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The coordinators' cohort pages and a new hire's own seat: who may open them, each form error, 404s. */
@OnrampAppTest
class XSchoolPagesTest {

    @Autowired
    WebTest webTest;

    @Autowired
    XSchool xschool;

    @Autowired
    CohortRepository cohorts;

    @Autowired
    PersonRepository people;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    JdbcClient jdbc;

    XSchoolFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new XSchoolFixtures(cohorts, people, jdbc);
    }

    private Visitor signedIn(String username) {
        return webTest.signedIn(username);
    }

    private Map<String, String> form(LocalDate startsOn, LocalDate endsOn, String place, String zone, String capacity) {
        Map<String, String> fields = new HashMap<>();
        fields.put("startsOn", startsOn == null ? "" : startsOn.toString());
        fields.put("endsOn", endsOn == null ? "" : endsOn.toString());
        fields.put("place", place);
        fields.put("timeZone", zone);
        fields.put("capacity", capacity);
        return fields;
    }

    private Page create(Visitor web, Map<String, String> fields) {
        return web.postForm("/xschool/cohorts/new", "/xschool/cohorts", fields);
    }

    @Test
    void shouldShowCoordinatorsTheCohortsWithTheirSeatsAndABar() {
        LocalDate monday = fixtures.freshMonday();
        long cohort = fixtures.cohort(monday, 40);
        xschool.assign(fixtures.newHire("US"), monday.minusWeeks(3));

        for (String coordinator : new String[] {"cora", "admin"}) {
            Page page = signedIn(coordinator).get("/xschool");
            assertThat(page.status()).as(coordinator).isEqualTo(200);
            String row = row(page.html(), "data-cohort-id=\"" + cohort + "\"");
            assertThat(row).contains("Mountain View, CA").contains("America/Los_Angeles")
                    .contains("<td class=\"seats-taken\">1</td>").contains("<td class=\"seats-left\">39</td>")
                    .contains("<meter class=\"seat-bar\"").contains("1 of 40");
        }
    }

    @Test
    void shouldForbidTheCoordinatorPagesToEveryoneElse() {
        long cohort = fixtures.cohort(fixtures.freshMonday(), 40);
        long newHire = fixtures.newHire("US", passwords.encode("demo"));
        String newHireName = people.get(newHire).username();
        for (String username : new String[] {"rita", "hank", newHireName}) {
            Visitor web = signedIn(username);
            for (String page : new String[] {"/xschool/cohorts/new", "/xschool/cohorts/" + cohort,
                    "/xschool/cohorts/" + cohort + "/edit"}) {
                assertThat(web.get(page).status()).as(username + " " + page).isEqualTo(403);
            }
            Map<String, String> fields = form(LocalDate.now().plusYears(3), LocalDate.now().plusYears(3), "Anywhere",
                    "America/Los_Angeles", "10");
            assertThat(web.post("/xschool/cohorts", fields).status()).as(username).isEqualTo(403);
            assertThat(web.post("/xschool/cohorts/" + cohort + "/edit", fields).status()).as(username).isEqualTo(403);
        }
        Page rita = signedIn("rita").get("/xschool");
        assertThat(rita.status()).isEqualTo(403);
        assertThat(rita.html()).contains("You may not open this page");
        assertThat(signedIn("cora").get("/xschool/me").status()).as("the own-seat page is a new hire's").isEqualTo(403);
    }

    @Test
    void shouldShowANewHireOnlyTheirOwnSeat() {
        LocalDate monday = fixtures.freshMonday();
        long cohort = fixtures.cohort(monday, 40);
        long person = fixtures.newHire("NG", passwords.encode("demo"));
        Visitor web = signedIn(people.get(person).username());
        assertThat(web.get("/xschool/me").html()).contains("id=\"no-assignment\"");

        xschool.assign(person, monday.minusWeeks(3));

        Page menu = web.get("/xschool");
        assertThat(menu.status()).isEqualTo(302);
        assertThat(menu.location()).endsWith("/xschool/me");
        String mine = web.get("/xschool/me").html();
        assertThat(mine).contains("id=\"my-assignment\"").contains("Mountain View, CA").contains("Assigned")
                .contains("id=\"travel-due\"").contains("id=\"visa-due\"");
        assertThat(web.get("/xschool/cohorts/" + cohort).status()).isEqualTo(403);
    }

    @Test
    void shouldCreateACohortAndShowItsRosterAndAgenda() {
        LocalDate monday = fixtures.freshMonday();
        Visitor cora = signedIn("cora");
        assertThat(cora.get("/xschool/cohorts/new").html()).contains("value=\"America/Los_Angeles\"").contains("value=\"40\"");

        Page created = create(cora, form(monday, monday.plusDays(4), "Mountain View, CA", "America/Los_Angeles", "25"));

        assertThat(created.status()).isEqualTo(302);
        Cohort cohort = cohorts.findFrom(monday).get(0);
        assertThat(cohort.startsOn()).isEqualTo(monday);
        assertThat(cohort.capacity()).isEqualTo(25);
        assertThat(created.location()).endsWith("/xschool/cohorts/" + cohort.id());
        long person = fixtures.newHire("IN");
        xschool.assign(person, monday.minusWeeks(3));
        String page = cora.follow(created).html();
        assertThat(page).contains("The cohort is scheduled.").contains("1 of 25 seats taken, 24 left")
                .contains("data-person-id=\"" + person + "\"").contains("id=\"cohort-agenda\"")
                .contains("id=\"edit-cohort\"");
    }

    @Test
    void shouldRefuseAStartDateInThePastKeepingTheInput() {
        LocalDate past = LocalDate.now().minusDays(7);
        String page = fieldError(form(past, past.plusDays(4), "Kept place", "America/Los_Angeles", "30"));
        assertThat(page).contains("The first day cannot be in the past.").contains("value=\"" + past + "\"")
                .contains("value=\"Kept place\"").contains("value=\"30\"");
    }

    @Test
    void shouldRefuseALastDayBeforeTheFirstDay() {
        LocalDate monday = fixtures.freshMonday();
        String page = fieldError(form(monday, monday.minusDays(1), "Mountain View, CA", "America/Los_Angeles", "30"));
        assertThat(page).contains("The last day cannot be before the first day.").contains("value=\"" + monday.minusDays(1) + "\"");
    }

    @Test
    void shouldRequireThePlaceAndKeepItShort() {
        LocalDate monday = fixtures.freshMonday();
        assertThat(fieldError(form(monday, monday.plusDays(4), "  ", "America/Los_Angeles", "30")))
                .contains("Enter the place of the cohort.");
        String longPlace = "x".repeat(121);
        assertThat(fieldError(form(monday, monday.plusDays(4), longPlace, "America/Los_Angeles", "30")))
                .contains("Use at most 120 characters.").contains("value=\"" + longPlace + "\"");
    }

    @Test
    void shouldKeepTheCapacityBetweenOneAndFiveHundred() {
        LocalDate monday = fixtures.freshMonday();
        for (String capacity : new String[] {"0", "501"}) {
            assertThat(fieldError(form(monday, monday.plusDays(4), "Mountain View, CA", "America/Los_Angeles", capacity)))
                    .as(capacity).contains("The capacity is between 1 and 500.").contains("value=\"" + capacity + "\"");
        }
        assertThat(fieldError(form(monday, monday.plusDays(4), "Mountain View, CA", "America/Los_Angeles", "many")))
                .contains("Enter a whole number between 1 and 500.").contains("value=\"many\"");
    }

    @Test
    void shouldRefuseAnUnknownTimeZone() {
        LocalDate monday = fixtures.freshMonday();
        assertThat(fieldError(form(monday, monday.plusDays(4), "Mountain View, CA", "Mars/Olympus_Mons", "30")))
                .contains("Choose a time zone from the list").contains("value=\"Mars/Olympus_Mons\"");
    }

    @Test
    void shouldRefuseASecondCohortOnTheSameDayAndAMalformedDate() {
        LocalDate monday = fixtures.freshMonday();
        fixtures.cohort(monday, 40);
        assertThat(fieldError(form(monday, monday.plusDays(4), "Mountain View, CA", "America/Los_Angeles", "30")))
                .contains("Another cohort already starts on that day.");
        Map<String, String> malformed = form(monday, monday.plusDays(4), "Mountain View, CA", "America/Los_Angeles", "30");
        malformed.put("startsOn", "next monday");
        assertThat(fieldError(malformed)).contains("Enter a date such as 2026-03-02.").contains("value=\"next monday\"");
    }

    @Test
    void shouldEditACohortButNeverBelowItsRoster() {
        LocalDate monday = fixtures.freshMonday();
        long cohort = fixtures.cohort(monday, 40);
        xschool.assign(fixtures.newHire("US"), monday.minusWeeks(3));
        xschool.assign(fixtures.newHire("US"), monday.minusWeeks(3));
        Visitor cora = signedIn("cora");
        String edit = "/xschool/cohorts/" + cohort + "/edit";
        assertThat(cora.get(edit).html()).contains("value=\"" + monday + "\"").contains("value=\"40\"");

        Page tooSmall = cora.postForm(edit, edit, form(monday, monday.plusDays(4), "Renamed place", "America/Los_Angeles", "1"));
        assertThat(tooSmall.status()).isEqualTo(200);
        assertThat(tooSmall.html()).contains("2 people are already on this cohort").contains("value=\"1\"")
                .contains("value=\"Renamed place\"");
        assertThat(cohorts.get(cohort).capacity()).isEqualTo(40);

        Page saved = cora.postForm(edit, edit, form(monday, monday.plusDays(2), "Renamed place", "Europe/Amsterdam", "2"));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(cora.follow(saved).html()).contains("The cohort is saved.");
        assertThat(cohorts.get(cohort)).extracting(Cohort::capacity, Cohort::place, c -> c.timeZone().getId(), Cohort::endsOn)
                .containsExactly(2, "Renamed place", "Europe/Amsterdam", monday.plusDays(2));
    }

    @Test
    void shouldRefuseToEditACohortInThePast() {
        LocalDate past = fixtures.pastMonday();
        long cohort = fixtures.cohort(past, 40);
        Visitor cora = signedIn("cora");
        String edit = "/xschool/cohorts/" + cohort + "/edit";

        Page open = cora.get(edit);
        assertThat(open.status()).isEqualTo(302);
        assertThat(open.location()).endsWith("/xschool/cohorts/" + cohort);
        assertThat(cora.follow(open).html()).contains("can no longer be edited").doesNotContain("id=\"edit-cohort\"");
        LocalDate future = fixtures.freshMonday();
        Page post = cora.post(edit, form(future, future.plusDays(4), "Mountain View, CA",
                "America/Los_Angeles", "40"));
        assertThat(post.status()).isEqualTo(302);
        assertThat(cohorts.get(cohort).startsOn()).isEqualTo(past);
    }

    @Test
    void shouldAnswerUnknownCohortsWith404() {
        Visitor cora = signedIn("cora");
        for (String id : new String[] {"999999999", "not-a-number"}) {
            assertThat(cora.get("/xschool/cohorts/" + id).status()).as(id).isEqualTo(404);
            assertThat(cora.get("/xschool/cohorts/" + id + "/edit").status()).as(id).isEqualTo(404);
            LocalDate monday = fixtures.freshMonday();
            assertThat(cora.post("/xschool/cohorts/" + id + "/edit", form(monday, monday.plusDays(4), "Mountain View, CA",
                    "America/Los_Angeles", "40")).status()).as(id).isEqualTo(404);
        }
    }

    /** Posts the creation form as cora and expects the form back with a field error. */
    private String fieldError(Map<String, String> fields) {
        Page response = create(signedIn("cora"), fields);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.html()).contains("class=\"field-error\"");
        return response.html();
    }

    private static String row(String html, String marker) {
        int start = html.indexOf(marker);
        assertThat(start).as(marker).isPositive();
        return html.substring(start, html.indexOf("</tr>", start));
    }
}
