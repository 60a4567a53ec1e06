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
import org.jsoup.nodes.Element;
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
            Element row = page.one("#cohort-table tr[data-cohort-id=" + cohort + "]");
            assertThat(row.text()).contains("Mountain View, CA").contains("America/Los_Angeles");
            assertThat(row.select("td.seats-taken").text()).isEqualTo("1");
            assertThat(row.select("td.seats-left").text()).isEqualTo("39");
            assertThat(row.select("meter.seat-bar").text()).isEqualTo("1 of 40");
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
        assertThat(rita.text("h1")).isEqualTo("You may not open this page");
        assertThat(signedIn("cora").get("/xschool/me").status()).as("the own-seat page is a new hire's").isEqualTo(403);
    }

    @Test
    void shouldShowANewHireOnlyTheirOwnSeat() {
        LocalDate monday = fixtures.freshMonday();
        long cohort = fixtures.cohort(monday, 40);
        long person = fixtures.newHire("NG", passwords.encode("demo"));
        Visitor web = signedIn(people.get(person).username());
        assertThat(web.get("/xschool/me").has("#no-assignment")).isTrue();

        xschool.assign(person, monday.minusWeeks(3));

        Page menu = web.get("/xschool");
        assertThat(menu.status()).isEqualTo(302);
        assertThat(menu.location()).endsWith("/xschool/me");
        Page mine = web.get("/xschool/me");
        assertThat(mine.text("#my-assignment")).contains("Mountain View, CA").contains("Assigned");
        assertThat(mine.has("#my-assignment #travel-due")).isTrue();
        assertThat(mine.has("#my-assignment #visa-due")).isTrue();
        assertThat(web.get("/xschool/cohorts/" + cohort).status()).isEqualTo(403);
    }

    @Test
    void shouldCreateACohortAndShowItsRosterAndAgenda() {
        LocalDate monday = fixtures.freshMonday();
        Visitor cora = signedIn("cora");
        Page empty = cora.get("/xschool/cohorts/new");
        assertThat(empty.value("#timeZone")).isEqualTo("America/Los_Angeles");
        assertThat(empty.value("#capacity")).isEqualTo("40");

        Page created = create(cora, form(monday, monday.plusDays(4), "Mountain View, CA", "America/Los_Angeles", "25"));

        assertThat(created.status()).isEqualTo(302);
        Cohort cohort = cohorts.findFrom(monday).get(0);
        assertThat(cohort.startsOn()).isEqualTo(monday);
        assertThat(cohort.capacity()).isEqualTo(25);
        assertThat(created.location()).endsWith("/xschool/cohorts/" + cohort.id());
        long person = fixtures.newHire("IN");
        xschool.assign(person, monday.minusWeeks(3));
        Page page = cora.follow(created);
        assertThat(page.flash()).contains("The cohort is scheduled.");
        assertThat(page.text("#cohort-seats")).contains("1 of 25 seats taken, 24 left");
        assertThat(page.has("#roster tr[data-person-id=" + person + "]")).isTrue();
        assertThat(page.has("#cohort-agenda")).isTrue();
        assertThat(page.has("#edit-cohort")).isTrue();
    }

    @Test
    void shouldRefuseAStartDateInThePastKeepingTheInput() {
        LocalDate past = LocalDate.now().minusDays(7);
        Page page = fieldError(form(past, past.plusDays(4), "Kept place", "America/Los_Angeles", "30"));
        assertThat(page.text("#startsOn-error")).isEqualTo("The first day cannot be in the past.");
        assertThat(page.value("#startsOn")).isEqualTo(past.toString());
        assertThat(page.value("#place")).isEqualTo("Kept place");
        assertThat(page.value("#capacity")).isEqualTo("30");
    }

    @Test
    void shouldRefuseALastDayBeforeTheFirstDay() {
        LocalDate monday = fixtures.freshMonday();
        Page page = fieldError(form(monday, monday.minusDays(1), "Mountain View, CA", "America/Los_Angeles", "30"));
        assertThat(errors(page)).contains("The last day cannot be before the first day.");
        assertThat(page.value("#endsOn")).isEqualTo(monday.minusDays(1).toString());
    }

    @Test
    void shouldRequireThePlaceAndKeepItShort() {
        LocalDate monday = fixtures.freshMonday();
        assertThat(fieldError(form(monday, monday.plusDays(4), "  ", "America/Los_Angeles", "30")).text("#place-error"))
                .isEqualTo("Enter the place of the cohort.");
        String longPlace = "x".repeat(121);
        Page tooLong = fieldError(form(monday, monday.plusDays(4), longPlace, "America/Los_Angeles", "30"));
        assertThat(tooLong.text("#place-error")).isEqualTo("Use at most 120 characters.");
        assertThat(tooLong.value("#place")).isEqualTo(longPlace);
    }

    @Test
    void shouldKeepTheCapacityBetweenOneAndFiveHundred() {
        LocalDate monday = fixtures.freshMonday();
        for (String capacity : new String[] {"0", "501"}) {
            Page page = fieldError(form(monday, monday.plusDays(4), "Mountain View, CA", "America/Los_Angeles", capacity));
            assertThat(page.text("#capacity-error")).as(capacity).isEqualTo("The capacity is between 1 and 500.");
            assertThat(page.value("#capacity")).as(capacity).isEqualTo(capacity);
        }
        Page notANumber = fieldError(form(monday, monday.plusDays(4), "Mountain View, CA", "America/Los_Angeles", "many"));
        assertThat(notANumber.text("#capacity-error")).isEqualTo("Enter a whole number between 1 and 500.");
        assertThat(notANumber.value("#capacity")).isEqualTo("many");
    }

    @Test
    void shouldRefuseAnUnknownTimeZone() {
        LocalDate monday = fixtures.freshMonday();
        Page page = fieldError(form(monday, monday.plusDays(4), "Mountain View, CA", "Mars/Olympus_Mons", "30"));
        assertThat(page.text("#timeZone-error")).contains("Choose a time zone from the list");
        assertThat(page.value("#timeZone")).isEqualTo("Mars/Olympus_Mons");
    }

    @Test
    void shouldRefuseASecondCohortOnTheSameDayAndAMalformedDate() {
        LocalDate monday = fixtures.freshMonday();
        fixtures.cohort(monday, 40);
        assertThat(errors(fieldError(form(monday, monday.plusDays(4), "Mountain View, CA", "America/Los_Angeles", "30"))))
                .contains("Another cohort already starts on that day.");
        Map<String, String> malformed = form(monday, monday.plusDays(4), "Mountain View, CA", "America/Los_Angeles", "30");
        malformed.put("startsOn", "next monday");
        Page page = fieldError(malformed);
        assertThat(page.text("#startsOn-error")).isEqualTo("Enter a date such as 2026-03-02.");
        assertThat(page.value("#startsOn")).isEqualTo("next monday");
    }

    @Test
    void shouldEditACohortButNeverBelowItsRoster() {
        LocalDate monday = fixtures.freshMonday();
        long cohort = fixtures.cohort(monday, 40);
        xschool.assign(fixtures.newHire("US"), monday.minusWeeks(3));
        xschool.assign(fixtures.newHire("US"), monday.minusWeeks(3));
        Visitor cora = signedIn("cora");
        String edit = "/xschool/cohorts/" + cohort + "/edit";
        Page form = cora.get(edit);
        assertThat(form.value("#startsOn")).isEqualTo(monday.toString());
        assertThat(form.value("#capacity")).isEqualTo("40");

        Page tooSmall = cora.postForm(edit, edit, form(monday, monday.plusDays(4), "Renamed place", "America/Los_Angeles", "1"));
        assertThat(tooSmall.status()).isEqualTo(200);
        assertThat(tooSmall.text("#capacity-error")).contains("2 people are already on this cohort");
        assertThat(tooSmall.value("#capacity")).isEqualTo("1");
        assertThat(tooSmall.value("#place")).isEqualTo("Renamed place");
        assertThat(cohorts.get(cohort).capacity()).isEqualTo(40);

        Page saved = cora.postForm(edit, edit, form(monday, monday.plusDays(2), "Renamed place", "Europe/Amsterdam", "2"));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(cora.follow(saved).flash()).contains("The cohort is saved.");
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
        Page cohortPage = cora.follow(open);
        assertThat(cohortPage.flash()).contains("can no longer be edited");
        assertThat(cohortPage.has("#edit-cohort")).isFalse();
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
    private Page fieldError(Map<String, String> fields) {
        Page response = create(signedIn("cora"), fields);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.select(".field-error")).isNotEmpty();
        return response;
    }

    /** Every error shown next to a field. */
    private static String errors(Page page) {
        return String.join(" ", page.texts(".field-error"));
    }
}
