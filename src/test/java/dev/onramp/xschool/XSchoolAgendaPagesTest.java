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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A new hire confirms or defers their seat and sees their sessions; leads confirm theirs; coordinators see the week. */
@OnrampAppTest
class XSchoolAgendaPagesTest {

    static final Pattern FLASH = Pattern.compile("class=\"flash flash-(?:success|error)\" role=\"(?:status|alert)\">([^<]*)<");

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
        assertThat(web.get("/xschool/me").html()).contains("id=\"confirm-place\"").contains("id=\"defer-place\"");

        Page confirmed = web.postForm("/xschool/me", "/xschool/me/confirm", Map.of());

        assertThat(location(confirmed)).isEqualTo("/xschool/me");
        String page = web.follow(confirmed).html();
        assertThat(flash(page)).isEqualTo("Your place is confirmed. See you at X-School!");
        assertThat(page).doesNotContain("id=\"confirm-place\"").contains("Confirmed");
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
        String page = web.follow(deferred).html();
        assertThat(flash(page)).startsWith("You moved to the X-School week of ")
                .contains(String.valueOf(monday.plusWeeks(16).getDayOfMonth()))
                .contains(String.valueOf(monday.plusWeeks(16).getYear()));
        assertThat(xschool.current(person).orElseThrow().cohortId()).isEqualTo(later);
        assertThat(xschool.status(person)).as("a new week needs a new confirmation").contains(SeatStatus.ASSIGNED);
        assertThat(page).contains("id=\"confirm-place\"");
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
        assertThat(flash(web.follow(refused).html()))
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

        String page = signedIn(username(person)).get("/xschool/me").html();

        ZoneId berlin = ZoneId.of("Europe/Berlin");
        ZonedDateTime bigPicture = ZonedDateTime.of(monday.atTime(9, 0), XSchoolFixtures.MOUNTAIN_VIEW);
        String home = hhmm(bigPicture.withZoneSameInstant(berlin)) + "\u2013" + hhmm(bigPicture.plusHours(3).withZoneSameInstant(berlin));
        assertThat(page).contains("id=\"my-agenda\"").contains("Time in Mountain View, CA (America/Los_Angeles)")
                .contains("Home time (Europe/Berlin)").contains("The big picture").contains("Meet the product teams")
                .contains("Meet your team lead: Beats").doesNotContain("Meet your team lead: Kibana")
                .contains("09:00\u201312:00").contains(home).contains("13:00\u201314:00");
    }

    @Test
    void shouldLetOnlyTheTeamsLeadSeeAndConfirmTheirSession() {
        LocalDate monday = fixtures.freshMonday();
        long cohort = fixtures.cohort(monday, 40);
        long person = newHireOn(monday, "beats");
        long session = teamSession(cohort);
        String path = Agenda.SESSION_LINK + session;
        Visitor bea = signedIn("bea");
        assertThat(bea.get(path).html()).contains("Meet your team lead: Beats").contains("id=\"confirm-session\"")
                .contains(people.get(person).displayName() + " (Europe/Berlin)").contains("(America/Los_Angeles)")
                .contains("(Europe/Stockholm)");

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
        String page = bea.follow(confirmed).html();
        assertThat(flash(page)).startsWith("The session is confirmed");
        assertThat(page).doesNotContain("id=\"confirm-session\"");
        assertThat(sessions.find(session).orElseThrow().status()).isEqualTo(SessionStatus.CONFIRMED);
        assertThat(signedIn("cora").get("/xschool/cohorts/" + cohort).html())
                .containsPattern("data-session-id=\"" + session + "\"[^>]*>\\s*<td class=\"session-time\">13:00\u201314:00</td>"
                        + "\\s*<td>Meet your team lead: Beats</td>\\s*<td class=\"session-attendees\">2</td>"
                        + "\\s*<td><span class=\"badge\">Confirmed</span>");
    }

    @Test
    void shouldShowTheCoordinatorTheWeekDayByDayInTheCohortsZone() {
        LocalDate monday = fixtures.freshMonday();
        long cohort = fixtures.cohort(monday, 40);
        newHireOn(monday, "beats");
        newHireOn(monday, "beats");
        newHireOn(monday, "kibana");

        String page = signedIn("cora").get("/xschool/cohorts/" + cohort).html();

        assertThat(page).contains("id=\"cohort-agenda\"")
                .contains("Times are local to Mountain View, CA (America/Los_Angeles)")
                .contains("data-day=\"" + monday + "\"").contains("data-day=\"" + monday.plusDays(4) + "\"")
                .containsPattern("<td class=\"session-time\">09:00\u201312:00</td>\\s*<td>The big picture</td>"
                        + "\\s*<td class=\"session-attendees\">3</td>")
                .containsPattern("<td>Meet your team lead: Beats</td>\\s*<td class=\"session-attendees\">3</td>"
                        + "\\s*<td><span class=\"badge\">Proposed</span>")
                .containsPattern("<td>Meet your team lead: Kibana</td>\\s*<td class=\"session-attendees\">2</td>")
                .contains("class=\"change-start-date\"");
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
        assertThat(cora.get(path).html()).contains("Start date of " + people.get(person).displayName())
                .contains("value=\"" + before + "\"");

        String past = LocalDate.now().minusDays(7).toString();
        Page refused = cora.postForm(path, path, Map.of("startDate", past));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.html()).contains("id=\"startDate-error\"").contains("The start date cannot be in the past.")
                .contains("value=\"" + past + "\"");
        Page malformed = cora.postForm(path, path, Map.of("startDate", "next monday"));
        assertThat(malformed.html()).contains("Enter a date such as 2026-03-02.").contains("value=\"next monday\"");
        Page empty = cora.postForm(path, path, Map.of("startDate", ""));
        assertThat(empty.html()).contains("Enter the new start date.");
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

    private static String flash(String page) {
        Matcher m = FLASH.matcher(page);
        assertThat(m.find()).as("a flash message on the page").isTrue();
        return m.group(1);
    }

    private static String location(Page response) {
        assertThat(response.status()).as(response.html()).isEqualTo(302);
        return response.location().replaceFirst("^https?://[^/]+", "");
    }
}
