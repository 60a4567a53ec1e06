package dev.onramp.xschool;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.people.PersonRepository;
import dev.onramp.system.OnrampAppTest;
import dev.onramp.system.WebTest;
import dev.onramp.system.WebTest.Page;
import dev.onramp.system.WebTest.Visitor;
import dev.onramp.tasklist.Notifications;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A new hire confirms or defers their seat and sees their sessions; leads confirm theirs; coordinators see the week. */
@OnrampAppTest
class XSchoolAgendaPagesTest {

    @Autowired
    WebTest webTest;

    @Autowired
    XSchool xschool;

    @Autowired
    AgendaRepository sessions;

    @Autowired
    CohortRepository cohorts;

    @Autowired
    PersonRepository people;

    @Autowired
    Notifications notifications;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    JdbcClient jdbc;

    XSchoolFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new XSchoolFixtures(cohorts, people, jdbc);
    }

    @Test
    void shouldLetANewHireConfirmTheirPlace() {
        LocalDate monday = fixtures.freshMonday();
        long cohort = fixtures.cohort(monday, 40);
        long person = newHireOn(monday, "beats");
        Visitor web = signedIn(username(person));
        Page before = web.get("/xschool/me");
        assertThat(before.has("#confirm-place")).isTrue();
        assertThat(before.has("#defer-place")).isTrue();

        Page confirmed = web.postForm("/xschool/me", "/xschool/me/confirm", Map.of());

        assertThat(location(confirmed)).isEqualTo("/xschool/me");
        Page page = web.follow(confirmed);
        assertThat(page.flash()).isEqualTo("Your place is confirmed. See you at X-School!");
        assertThat(page.has("#confirm-place")).isFalse();
        assertThat(page.text("#my-assignment")).contains("Confirmed");
        assertThat(xschool.status(person)).contains(SeatStatus.CONFIRMED);
        assertThat(xschool.current(person).orElseThrow().cohortId()).isEqualTo(cohort);
    }

    @Test
    void shouldMoveANewHireWhoAsksForALaterWeekToTheNextCohortWithRoomAndNameIt() {
        LocalDate monday = fixtures.freshMonday();
        fixtures.cohort(monday, 40);
        long full = fixtures.cohort(monday.plusWeeks(8), 40);
        xschool.assign(fixtures.newHire("US"), monday.plusWeeks(5));
        fixtures.fill(full);
        long later = fixtures.cohort(monday.plusWeeks(16), 40);
        long person = newHireOn(monday, "beats");
        xschool.confirm(person);
        Visitor web = signedIn(username(person));

        Page deferred = web.postForm("/xschool/me", "/xschool/me/defer", Map.of());

        assertThat(location(deferred)).isEqualTo("/xschool/me");
        Page page = web.follow(deferred);
        assertThat(page.flash()).startsWith("You moved to the X-School week of ")
                .contains(String.valueOf(monday.plusWeeks(16).getDayOfMonth()))
                .contains(String.valueOf(monday.plusWeeks(16).getYear()));
        assertThat(xschool.current(person).orElseThrow().cohortId()).isEqualTo(later);
        assertThat(xschool.status(person)).as("a new week needs a new confirmation").contains(SeatStatus.ASSIGNED);
        assertThat(page.has("#confirm-place")).isTrue();
    }

    @Test
    void shouldKeepTheSeatAndTellTheCoordinatorWhenNothingIsScheduledAfterThisWeek() {
        LocalDate monday = fixtures.freshMonday();
        long only = fixtures.cohort(monday, 40);
        long person = newHireOn(monday, "beats");
        long cora = people.findByUsername("cora").orElseThrow().id();
        long told = coordinatorWarnings(cora);
        Visitor web = signedIn(username(person));

        Page refused = web.postForm("/xschool/me", "/xschool/me/defer", Map.of());

        assertThat(location(refused)).isEqualTo("/xschool/me");
        assertThat(web.follow(refused).flash())
                .startsWith("Nothing is scheduled after this week yet \u2014 the coordinator has been told");
        assertThat(xschool.current(person).orElseThrow().cohortId()).isEqualTo(only);
        assertThat(fixtures.seatsTaken(only)).isEqualTo(1);
        assertThat(coordinatorWarnings(cora)).isEqualTo(told + 1);
    }

    @Test
    void shouldShowANewHireTheirSessionsInMountainViewTimeAndTheirOwn() {
        LocalDate monday = fixtures.freshMonday();
        fixtures.cohort(monday, 40);
        long person = newHireOn(monday, "beats");
        newHireOn(monday, "kibana");

        Page page = signedIn(username(person)).get("/xschool/me");

        ZoneId berlin = ZoneId.of("Europe/Berlin");
        ZonedDateTime bigPicture = ZonedDateTime.of(monday.atTime(9, 0), XSchoolFixtures.MOUNTAIN_VIEW);
        String home = hhmm(bigPicture.withZoneSameInstant(berlin)) + "\u2013" + hhmm(bigPicture.plusHours(3).withZoneSameInstant(berlin));
        assertThat(page.texts("#my-agenda th")).contains("Time in Mountain View, CA (America/Los_Angeles)",
                "Home time (Europe/Berlin)");
        assertThat(page.texts("#my-agenda tr.my-session > td:first-child"))
                .contains("The big picture", "Meet the product teams", "Meet your team lead: Beats");
        assertThat(page.text()).doesNotContain("Meet your team lead: Kibana");
        assertThat(page.text("#my-agenda")).contains("09:00\u201312:00").contains(home).contains("13:00\u201314:00");
    }

    @Test
    void shouldLetOnlyTheTeamsLeadSeeAndConfirmTheirSession() {
        LocalDate monday = fixtures.freshMonday();
        long cohort = fixtures.cohort(monday, 40);
        long person = newHireOn(monday, "beats");
        long session = teamSession(cohort);
        String path = Agenda.SESSION_LINK + session;
        Visitor bea = signedIn("bea");
        Page sessionPage = bea.get(path);
        assertThat(sessionPage.text("h1")).isEqualTo("Meet your team lead: Beats");
        assertThat(sessionPage.text("#session-local")).contains("(America/Los_Angeles)");
        assertThat(sessionPage.text("#session-mine")).contains("(Europe/Stockholm)");
        assertThat(sessionPage.texts("#session-attendees li")).contains(people.get(person).displayName() + " (Europe/Berlin)");
        assertThat(sessionPage.has("#confirm-session")).isTrue();

        for (String other : new String[] {"kate", "rita", "cora"}) {
            Visitor web = signedIn(other);
            assertThat(web.get(path).status()).as(other).isEqualTo(404);
            assertThat(web.postForm("/tasks", path + "/confirm", Map.of()).status()).as(other).isEqualTo(404);
        }
        Visitor newHire = signedIn(username(person));
        assertThat(newHire.get(path).status()).isEqualTo(404);
        assertThat(newHire.postForm("/xschool/me", path + "/confirm", Map.of()).status()).isEqualTo(404);
        assertThat(sessions.find(session).orElseThrow().status()).isEqualTo(SessionStatus.PROPOSED);

        Page confirmed = bea.postForm(path, path + "/confirm", Map.of());

        assertThat(location(confirmed)).isEqualTo(path);
        Page page = bea.follow(confirmed);
        assertThat(page.flash()).startsWith("The session is confirmed");
        assertThat(page.has("#confirm-session")).isFalse();
        assertThat(sessions.find(session).orElseThrow().status()).isEqualTo(SessionStatus.CONFIRMED);
        assertThat(signedIn("cora").get("/xschool/cohorts/" + cohort)
                .one("#cohort-agenda tr.agenda-session[data-session-id=" + session + "]").select("td").eachText())
                .containsExactly("13:00\u201314:00", "Meet your team lead: Beats", "2", "Confirmed");
    }

    @Test
    void shouldShowTheCoordinatorTheWeekDayByDayInTheCohortsZone() {
        LocalDate monday = fixtures.freshMonday();
        long cohort = fixtures.cohort(monday, 40);
        newHireOn(monday, "beats");
        newHireOn(monday, "beats");
        newHireOn(monday, "kibana");

        Page page = signedIn("cora").get("/xschool/cohorts/" + cohort);

        assertThat(page.text("#cohort-agenda #agenda-zone")).contains("Times are local to Mountain View, CA (America/Los_Angeles)");
        assertThat(page.select("#cohort-agenda .agenda-day").eachAttr("data-day"))
                .contains(monday.toString(), monday.plusDays(4).toString());
        List<String> sessionRows = page.select("#cohort-agenda tr.agenda-session").stream()
                .map(row -> String.join(" | ", row.select("td").eachText())).toList();
        assertThat(sessionRows)
                .anySatisfy(row -> assertThat(row).contains("09:00\u201312:00 | The big picture | 3"))
                .anySatisfy(row -> assertThat(row).contains("Meet your team lead: Beats | 3 | Proposed"))
                .anySatisfy(row -> assertThat(row).contains("Meet your team lead: Kibana | 2"));
        assertThat(page.has("#roster a.change-start-date")).isTrue();
    }

    @Test
    void shouldKeepTheNewHireActionsAndTheStartDateToTheirRoles() {
        LocalDate monday = fixtures.freshMonday();
        fixtures.cohort(monday, 40);
        long person = newHireOn(monday, "beats");
        String startDate = "/xschool/people/" + person + "/start-date";

        Visitor rita = signedIn("rita");
        assertThat(rita.postForm("/tasks", "/xschool/me/confirm", Map.of()).status()).isEqualTo(403);
        assertThat(rita.postForm("/tasks", "/xschool/me/defer", Map.of()).status()).isEqualTo(403);
        assertThat(rita.get(startDate).status()).isEqualTo(403);
        assertThat(rita.postForm("/tasks", startDate, Map.of("startDate", monday.toString())).status()).isEqualTo(403);
        assertThat(signedIn("cora").postForm("/tasks", "/xschool/me/confirm", Map.of()).status()).isEqualTo(403);
        Visitor newHire = signedIn(username(person));
        assertThat(newHire.get(startDate).status()).isEqualTo(403);
        assertThat(xschool.status(person)).contains(SeatStatus.ASSIGNED);
    }

    @Test
    void shouldRefuseAStartDateInThePastOrMalformedKeepingTheInput() {
        LocalDate monday = fixtures.freshMonday();
        fixtures.cohort(monday, 40);
        long person = newHireOn(monday, "beats");
        LocalDate before = people.get(person).startedOn();
        String path = "/xschool/people/" + person + "/start-date";
        Visitor cora = signedIn("cora");
        Page form = cora.get(path);
        assertThat(form.text("h1")).contains("Start date of " + people.get(person).displayName());
        assertThat(form.value("#startDate")).isEqualTo(before.toString());

        String past = LocalDate.now().minusDays(7).toString();
        Page refused = cora.postForm(path, path, Map.of("startDate", past));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.text("#startDate-error")).contains("The start date cannot be in the past.");
        assertThat(refused.value("#startDate")).isEqualTo(past);
        Page malformed = cora.postForm(path, path, Map.of("startDate", "next monday"));
        assertThat(malformed.text("#startDate-error")).contains("Enter a date such as 2026-03-02.");
        assertThat(malformed.value("#startDate")).isEqualTo("next monday");
        Page empty = cora.postForm(path, path, Map.of("startDate", ""));
        assertThat(empty.text("#startDate-error")).contains("Enter the new start date.");
        assertThat(people.get(person).startedOn()).isEqualTo(before);

        assertThat(cora.get("/xschool/people/999999999/start-date").status()).isEqualTo(404);
        assertThat(cora.get("/xschool/people/abc/start-date").status()).isEqualTo(404);
        long hank = people.findByUsername("hank").orElseThrow().id();
        assertThat(cora.get("/xschool/people/" + hank + "/start-date").status()).as("not a new hire").isEqualTo(404);
    }

    // --- helpers

    /** A new hire (password demo) in the team, on the cohort of {@code monday}. */
    private long newHireOn(LocalDate monday, String teamSlug) {
        long person = fixtures.newHire("US", passwords.encode("demo"), teamSlug);
        xschool.assign(person, monday.minusWeeks(3));
        return person;
    }

    private long teamSession(long cohortId) {
        return sessions.sessions(cohortId).stream().filter(s -> s.kind() == SessionKind.TEAM_LEAD).findFirst()
                .orElseThrow().id();
    }

    private long coordinatorWarnings(long personId) {
        return notifications.recent(personId, 1000).stream()
                .filter(n -> n.messageKey().equals("notification.xschool.noCohort")).count();
    }

    private String username(long personId) {
        return people.get(personId).username();
    }

    private Visitor signedIn(String username) {
        return webTest.signedIn(username);
    }

    private static String hhmm(ZonedDateTime time) {
        return time.format(DateTimeFormatter.ofPattern("HH:mm"));
    }

    private static String location(Page response) {
        assertThat(response.status()).as(response.html()).isEqualTo(302);
        return response.location();
    }
}
