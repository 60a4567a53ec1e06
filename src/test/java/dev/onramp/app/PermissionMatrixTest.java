package dev.onramp.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.hiring.Application;
import dev.onramp.hiring.ApplicationRepository;
import dev.onramp.hiring.ApplicationRepository.NewApplication;
import dev.onramp.people.Person;
import dev.onramp.people.PersonRepository;
import dev.onramp.people.PersonRepository.NewPerson;
import dev.onramp.people.Role;
import dev.onramp.people.TeamRepository;
import dev.onramp.system.OnrampAppTest;
import dev.onramp.system.WebTest;
import dev.onramp.system.WebTest.Page;
import dev.onramp.system.WebTest.Visitor;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import dev.onramp.interview.InterviewRepository;
import dev.onramp.interview.InterviewRepository.NewInterview;
import dev.onramp.loop.Stage;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route of the app (every handler mapping of {@link RequestMappingHandlerMapping}) × every role, each checked
 * against one table: who gets the page (2xx/3xx), who is refused (403, or the 404 of something they may not see), and
 * that a signed-out visitor is sent to sign in. A route missing from the table fails the build: a new route needs a
 * rule. Camunda's webapps ({@code /camunda/**}) and engine API ({@code /engine-rest/**}) are servlets of their own and
 * the actuator has its own handler mapping, so none of them is here (see {@code SignInAndPermissionsTest}).
 * Path variables are real ids of the demo organisation, or ids that exist nowhere where a 404 for everyone is the rule
 * (a task form is opened only for its task's people; their rules are the forms' own tests). One request per route and
 * role; posts carry an empty form, which changes nothing.
 */
@OnrampAppTest
class PermissionMatrixTest {

    /** The demo people, one per role; {@link #NEW_HIRE} is made by the test. */
    private static final List<String> PEOPLE = List.of("admin", "rita", "hank", "ivan", "mia", "cora");
    private static final String NEW_HIRE = "matrix-new-hire";
    private static final String ANONYMOUS = "anonymous";
    private static final String UNKNOWN = "987654321";
    private static final String NO_TASK = "no-such-task";

    @Autowired
    WebTest web;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    PersonRepository people;
    @Autowired
    TeamRepository teams;
    @Autowired
    ApplicationRepository applications;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    InterviewRepository interviews;

    /** One line of the table: a route, the path it is asked with, and who gets it. */
    record Rule(String method, String pattern, String path, Set<String> allowed, boolean isPublic) {
    }

    private final Map<String, Rule> table = new LinkedHashMap<>();

    private void rule(String method, String pattern, String path, String allowed) {
        table.put(method + " " + pattern, new Rule(method, pattern, path,
                allowed.isBlank() ? Set.of() : Set.of(allowed.split(" ")), false));
    }

    private void publicRule(String method, String pattern, String path) {
        table.put(method + " " + pattern, new Rule(method, pattern, path, Set.of(), true));
    }

    /** The table. {@code everyone}: every signed-in person; an empty list: nobody (403 or 404 for all). */
    private void fillTable(long application, long cohort, long newHire, long interview) {
        String everyone = String.join(" ", PEOPLE) + " " + NEW_HIRE;
        String pipeline = "admin rita hank";
        String recruiting = "admin rita";
        String coordinating = "admin cora";
        long beats = 1; // Golang Developer, Beats: hank's
        long search = 2; // Java Engineer, Elasticsearch: erik's, not hank's

        rule("GET", "/", "/", everyone);
        publicRule("GET", "/login", "/login");
        rule("GET", "/admin", "/admin", "admin");
        rule("GET", "/admin/mail", "/admin/mail", "admin");
        rule("GET", "/admin/audit", "/admin/audit", "admin");
        rule("GET", "/admin/privacy", "/admin/privacy", "admin");
        rule("GET", "/admin/mail/{id}", "/admin/mail/" + UNKNOWN, "");
        rule("GET", "/admin/mail/{id}/attachments/{attachmentId}", "/admin/mail/" + UNKNOWN + "/attachments/" + UNKNOWN, "");
        rule("POST", "/admin/mail/{id}/retry", "/admin/mail/" + UNKNOWN + "/retry", "");
        rule("GET", "/notifications", "/notifications", everyone);
        rule("POST", "/notifications/read", "/notifications/read", everyone);

        rule("GET", "/tasks", "/tasks", everyone);
        rule("GET", "/tasks/{taskId}", "/tasks/" + NO_TASK, "");
        rule("POST", "/tasks/{taskId}/claim", "/tasks/" + NO_TASK + "/claim", "");
        rule("POST", "/tasks/{taskId}/unclaim", "/tasks/" + NO_TASK + "/unclaim", "");
        rule("GET", "/tasks/{taskId}/reassign", "/tasks/" + NO_TASK + "/reassign", "");
        rule("POST", "/tasks/{taskId}/reassign", "/tasks/" + NO_TASK + "/reassign", "");
        for (String form : List.of("screen", "schedule", "takehome-send", "feedback", "debrief", "offer",
                "offer-approval", "offer-answer", "confirm-mentor", "accept-mentee", "mentor-task",
                "{formKey:book-travel|visa-letter}")) {
            String concrete = form.startsWith("{") ? "book-travel" : form;
            rule("GET", "/tasks/{taskId}/" + form, "/tasks/" + NO_TASK + "/" + concrete, "");
            rule("POST", "/tasks/{taskId}/" + form, "/tasks/" + NO_TASK + "/" + concrete, "");
        }

        rule("GET", "/requisitions", "/requisitions", pipeline);
        rule("GET", "/requisitions/new", "/requisitions/new", pipeline);
        rule("POST", "/requisitions", "/requisitions", pipeline);
        rule("GET", "/requisitions/{id}", "/requisitions/" + search, pipeline);
        // the team scope: hank may not close another team's requisition (an empty reason: nothing is closed)
        rule("POST", "/requisitions/{id}/close", "/requisitions/" + search + "/close", recruiting);
        rule("GET", "/requisitions/{id}/board", "/requisitions/" + beats + "/board", pipeline);
        rule("GET", "/requisitions/{id}/board/{lane}", "/requisitions/" + beats + "/board/screening", pipeline);
        rule("GET", "/requisitions/{requisitionId}/applications/new", "/requisitions/" + beats + "/applications/new", recruiting);
        rule("POST", "/requisitions/{requisitionId}/applications", "/requisitions/" + beats + "/applications", recruiting);
        rule("GET", "/applications/{id}", "/applications/" + application, pipeline);
        rule("POST", "/applications/{id}/withdraw", "/applications/" + application + "/withdraw", recruiting);
        rule("POST", "/applications/{id}/reject", "/applications/" + application + "/reject", recruiting);
        rule("POST", "/applications/{id}/take-home-received", "/applications/" + application + "/take-home-received", recruiting);
        rule("GET", "/applications/{id}/scorecard", "/applications/" + application + "/scorecard", pipeline);
        rule("GET", "/applications/{id}/export", "/applications/" + application + "/export", recruiting);
        rule("GET", "/applications/{id}/erase", "/applications/" + application + "/erase", recruiting);
        // without a reason the erase form comes back with its errors: nothing is erased
        rule("POST", "/applications/{id}/erase", "/applications/" + application + "/erase", recruiting);
        rule("GET", "/feedback/{id}", "/feedback/" + UNKNOWN, "");
        rule("GET", "/interviews", "/interviews", "ivan hank");
        // interview lifecycle and invites: a Beats interview with ivan on its panel and no stage process (nothing to
        // change: recruiters are sent back to the application with a message); the forms are recruiters' only
        rule("GET", "/interviews/{id}.ics", "/interviews/" + interview + ".ics", "admin rita hank ivan");
        rule("POST", "/interviews/{id}/held", "/interviews/" + interview + "/held", "admin rita ivan");
        rule("GET", "/interviews/{id}/reschedule", "/interviews/" + interview + "/reschedule", recruiting);
        rule("POST", "/interviews/{id}/reschedule", "/interviews/" + interview + "/reschedule", recruiting);
        rule("GET", "/interviews/{id}/cancel", "/interviews/" + interview + "/cancel", recruiting);
        rule("POST", "/interviews/{id}/cancel", "/interviews/" + interview + "/cancel", recruiting);
        rule("GET", "/interviews/{id}/no-show", "/interviews/" + interview + "/no-show", recruiting);
        rule("POST", "/interviews/{id}/no-show", "/interviews/" + interview + "/no-show", recruiting);

        rule("GET", "/welcome", "/welcome", NEW_HIRE);
        rule("GET", "/welcome/{personId}", "/welcome/" + newHire, "admin hank " + NEW_HIRE); // hank: their manager
        rule("POST", "/welcome/{personId}/items/{itemId}/done", "/welcome/" + newHire + "/items/" + UNKNOWN + "/done", "");
        rule("GET", "/mentees", "/mentees", everyone);
        publicRule("GET", "/password/{token}", "/password/" + UNKNOWN);
        publicRule("POST", "/password/{token}", "/password/" + UNKNOWN);
        // a candidate's self-scheduling link: no account, the token is the permission (unknown token: 404 for all)
        publicRule("GET", "/schedule/{token}", "/schedule/" + UNKNOWN);
        publicRule("POST", "/schedule/{token}", "/schedule/" + UNKNOWN);
        publicRule("POST", "/schedule/{token}/none", "/schedule/" + UNKNOWN + "/none");
        publicRule("GET", "/schedule/{token}/interview.ics", "/schedule/" + UNKNOWN + "/interview.ics");

        rule("GET", "/xschool", "/xschool", coordinating + " " + NEW_HIRE);
        rule("GET", "/xschool/me", "/xschool/me", NEW_HIRE);
        // new hires only; this one has no seat yet, so there is nothing to confirm or defer: 404
        rule("POST", "/xschool/me/confirm", "/xschool/me/confirm", "");
        rule("POST", "/xschool/me/defer", "/xschool/me/defer", "");
        rule("GET", "/xschool/cohorts/new", "/xschool/cohorts/new", coordinating);
        rule("POST", "/xschool/cohorts", "/xschool/cohorts", coordinating);
        rule("GET", "/xschool/cohorts/{id}", "/xschool/cohorts/" + cohort, coordinating);
        rule("GET", "/xschool/cohorts/{id}/edit", "/xschool/cohorts/" + cohort + "/edit", coordinating);
        rule("POST", "/xschool/cohorts/{id}/edit", "/xschool/cohorts/" + cohort + "/edit", coordinating);
        rule("GET", "/xschool/sessions/{id}", "/xschool/sessions/" + UNKNOWN, "");
        rule("POST", "/xschool/sessions/{id}/confirm", "/xschool/sessions/" + UNKNOWN + "/confirm", "");
        rule("GET", "/xschool/people/{personId}/start-date", "/xschool/people/" + newHire + "/start-date", coordinating);
        rule("POST", "/xschool/people/{personId}/start-date", "/xschool/people/" + newHire + "/start-date", coordinating);

        // the loop as a picture (diagram): the team page for recruiters, admins and the team's own people
        long beatsTeam = teams.findBySlug("beats").orElseThrow().id();
        rule("GET", "/applications/{id}/loop/model", "/applications/" + application + "/loop/model", pipeline);
        rule("GET", "/teams/{id}/loop", "/teams/" + beatsTeam + "/loop", "admin rita hank ivan");
        rule("GET", "/teams/{id}/loop/versions/{version}/model", "/teams/" + beatsTeam + "/loop/versions/1/model",
                "admin rita hank ivan");
        // reports: hank sees his own team's
        rule("GET", "/reports", "/reports", pipeline);
        rule("GET", "/reports/{report:[a-z0-9-]+}.csv", "/reports/funnel.csv", pipeline);
        // the recruiter's desk (issue 15): search and the candidate list for the pipeline (hank: his own requisitions'
        // candidates only); editing a requisition by the team scope (hank may not edit erik's)
        rule("GET", "/search", "/search?q=matrix", pipeline);
        rule("GET", "/candidates", "/candidates", pipeline);
        rule("GET", "/candidates.csv", "/candidates.csv", pipeline);
        rule("GET", "/requisitions/{id}/edit", "/requisitions/" + search + "/edit", recruiting);
        rule("POST", "/requisitions/{id}/edit", "/requisitions/" + search + "/edit", recruiting);
    }

    @Test
    void shouldAnswerEveryRouteToEveryRoleAsTheTableSays() {
        long newHire = newHire();
        long application = applications.insert(new NewApplication(1L, "Matrix Candidate",
                "matrix-" + UUID.randomUUID() + "@example.com", "Europe/Lisbon", "PT", null,
                Application.Source.REFERRAL, people.findByUsername("rita").orElseThrow().id(), Instant.now()));
        long cohort = jdbc.sql("SELECT MIN(id) FROM cohort").query(Long.class).single();
        long interviewed = applications.insert(new NewApplication(1L, "Matrix Interviewed",
                "matrix-" + UUID.randomUUID() + "@example.com", "Europe/Lisbon", "PT", null,
                Application.Source.REFERRAL, people.findByUsername("rita").orElseThrow().id(), Instant.now()));
        long interview = interviews.insert(new NewInterview(interviewed, "matrix", "Matrix interview", Stage.Kind.LIVE,
                null, null, Instant.now().plus(Duration.ofDays(2)), Instant.now().plus(Duration.ofDays(2)).plus(Duration.ofHours(1)),
                people.findByUsername("rita").orElseThrow().id(), Instant.now()),
                List.of(people.findByUsername("ivan").orElseThrow().id()));
        fillTable(application, cohort, newHire, interview);

        List<String> problems = new ArrayList<>();
        Set<String> routes = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> routes.addAll(routes(info)));
        routes.remove("GET /error"); // Spring Boot's error page, shown for the other routes' errors
        for (String route : routes) {
            if (!table.containsKey(route)) {
                problems.add("new route without a rule: " + route);
            }
        }
        assertThat(problems).as("every route has a rule in the table").isEmpty();
        assertThat(table.keySet()).as("no rule for a route that is gone").isSubsetOf(routes);

        Map<String, Visitor> visitors = new LinkedHashMap<>();
        PEOPLE.forEach(p -> visitors.put(p, web.signedIn(p)));
        visitors.put(NEW_HIRE, web.signedIn(NEW_HIRE));
        visitors.put(ANONYMOUS, web.signedOut());
        for (Rule rule : table.values()) {
            visitors.forEach((who, visitor) -> {
                Page page = rule.method().equals("GET") ? visitor.get(rule.path()) : visitor.post(rule.path(), Map.of());
                String problem = check(rule, who, page);
                if (problem != null) {
                    problems.add(rule.method() + " " + rule.path() + " as " + who + ": " + problem);
                }
            });
        }
        assertThat(problems).as("answers that break the table").isEmpty();
    }

    private static String check(Rule rule, String who, Page page) {
        int status = page.status();
        if (status >= 500) {
            return "server error " + status;
        }
        boolean toSignIn = status == 302 && page.location() != null && page.location().endsWith("/login");
        if (rule.isPublic()) {
            return status < 500 && !toSignIn ? null : "a public page answered " + status;
        }
        if (who.equals(ANONYMOUS)) {
            return toSignIn || status == 401 ? null : "expected a redirect to sign in, got " + status;
        }
        if (rule.allowed().contains(who)) {
            return status < 400 && !toSignIn ? null : "expected 2xx/3xx, got " + status;
        }
        return status == 403 || status == 404 ? null : "expected 403/404, got " + status;
    }

    /** "METHOD pattern" of a mapping; a mapping without methods answers every method, asked here with GET. */
    private static List<String> routes(RequestMappingInfo info) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        List<String> routes = new ArrayList<>();
        for (String pattern : info.getPatternValues()) {
            if (methods.isEmpty()) {
                routes.add("GET " + pattern);
            }
            methods.forEach(m -> routes.add(m.name() + " " + pattern));
        }
        return routes;
    }

    /** A new hire (who can sign in), made once for the shared database. */
    private long newHire() {
        return people.findByUsername(NEW_HIRE).map(Person::id).orElseGet(() -> people.insert(new NewPerson(NEW_HIRE,
                "Matrix New Hire", NEW_HIRE + "@onramp.example", "{noop}not-used", ZoneId.of("Europe/Lisbon"), "PT",
                teams.findBySlug("beats").orElseThrow().id(), people.findByUsername("hank").orElseThrow().id(),
                LocalTime.of(9, 0), LocalTime.of(18, 0), LocalDate.now().plusWeeks(4), false, null, null, null,
                EnumSet.of(Role.NEW_HIRE))));
    }
}
