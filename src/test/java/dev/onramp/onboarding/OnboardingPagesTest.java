package dev.onramp.onboarding;

import static dev.onramp.onboarding.OnboardingProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.onramp.people.Person;
import dev.onramp.people.PersonRepository;
import dev.onramp.people.Role;
import dev.onramp.people.TeamRepository;
import dev.onramp.system.OnrampAppTest;
import dev.onramp.system.WebTest;
import dev.onramp.system.WebTest.Page;
import dev.onramp.system.WebTest.Visitor;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Onboarding through MockMvc with the demo organisation: a Beats new hire in Asia/Kolkata managed by Hank
 * (Toronto); Mia (Beats mentor, Asia/Dubai) mentors. The X-School port is a fake that places the new hire in
 * the first demo cohort with room at least three weeks after their start (the real X-School seats). Jobs run by
 * hand (the job executor is off).
 */
@OnrampAppTest
class OnboardingPagesTest {

    static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    @Autowired
    WebTest webTest;

    @Autowired
    Onboarding onboarding;

    @Autowired
    PersonRepository people;

    @Autowired
    TeamRepository teams;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    ManagementService management;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    dev.onramp.mail.Outbox outbox;

    final List<Long> newHires = new ArrayList<>();

    @AfterEach
    void reset() {
        ClockUtil.reset();
        // Mia takes two mentees at once: end this test's mentorships so every test can ask her again
        newHires.forEach(id -> jdbc.sql("UPDATE mentorship SET status = 'ENDED' WHERE mentee_id = ?").param(id).update());
    }

    @Test
    void shouldLetHankConfirmMiaNotHimselfAndMiaSeeHerFirstTaskDueInKolkata() {
        Started ana = start("Ana López");
        runJob(ana, TASK_SUGGEST_MENTORS);
        Task confirm = task(ana, TASK_CONFIRM_MENTOR);
        Visitor hank = signedIn("hank");

        Page form = hank.get(confirmPath(confirm));
        assertThat(suggested(form)).contains("mia").doesNotContain("hank");
        assertThat(form.text("#suggestions tr[data-mentor=mia]")).contains("Mia Novak (Asia/Dubai)").contains("same team")
                .contains("not on the hiring panel");

        Page refused = hank.postForm(confirmPath(confirm), confirmPath(confirm),
                Map.of("mentorId", String.valueOf(person("hank").id())));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.text("#mentorId-error"))
                .contains("This person cannot mentor this new hire: is the manager of the new hire.");
        assertThat(task(ana, TASK_CONFIRM_MENTOR)).as("still open").isNotNull();
        Page notANumber = hank.postForm(confirmPath(confirm), confirmPath(confirm), Map.of("mentorId", "mia"));
        assertThat(notANumber.status()).isEqualTo(200);
        assertThat(notANumber.text("#mentorId-error")).contains("Choose a mentor from the list.");

        Page confirmed = hank.postForm(confirmPath(confirm), confirmPath(confirm),
                Map.of("mentorId", String.valueOf(person("mia").id())));
        assertThat(location(confirmed)).isEqualTo("/tasks");
        Task accept = task(ana, TASK_ACCEPT_MENTEE);
        assertThat(accept.getAssignee()).isEqualTo("mia");

        Visitor mia = signedIn("mia");
        String acceptPath = "/tasks/" + accept.getId() + "/" + FORM_ACCEPT_MENTEE;
        Page acceptPage = mia.get(acceptPath);
        assertThat(acceptPage.text("#new-hire")).contains("Ana López");
        assertThat(acceptPage.text("main")).contains("Asia/Kolkata");
        assertThat(location(mia.postForm(acceptPath, acceptPath, Map.of("decision", "ACCEPT")))).isEqualTo("/mentees");
        runJob(ana, TASK_RECORD_MENTORSHIP);

        Task prepare = task(ana, TASK_MENTOR_TASK);
        LocalDate dueDay = MentorTask.PREPARE_WELCOME.dueDay(ana.startDate());
        assertThat(prepare.getDueDate().toInstant()).isEqualTo(dueDay.atTime(9, 0).atZone(KOLKATA).toInstant());
        Element mentee = mia.get("/mentees").one("#mentees tr[data-mentee=" + ana.id() + "]");
        assertThat(mentee.text()).contains("Ana López").contains("Prepare the welcome");
        assertThat(mentee.select("a[href]").eachAttr("href")).contains("/tasks/" + prepare.getId());
        assertThat(mentee.select("td.due-mentee").text()).matches("\\w{3} \\d{1,2} \\w{3} \\d{4} 09:00 \\(Asia/Kolkata\\)");
        assertThat(mentee.select("td.due-mine").text()).matches("\\w{3} \\d{1,2} \\w{3} \\d{4} 07:30 \\(Asia/Dubai\\)");
    }

    @Test
    void shouldLetOnlyTheMentorCompleteTheirMentorTask() {
        Started ana = start("Ana Mentor-Task");
        acceptMia(ana);
        Task prepare = task(ana, TASK_MENTOR_TASK);
        String path = "/tasks/" + prepare.getId() + "/" + FORM_MENTOR_TASK;

        Visitor rita = signedIn("rita");
        assertThat(rita.get(path).status()).isEqualTo(404);
        assertThat(rita.post(path, Map.of("notes", "done by rita")).status()).isEqualTo(404);
        Visitor admin = signedIn("admin");
        assertThat(admin.get(path).status()).isEqualTo(409);
        assertThat(task(ana, TASK_MENTOR_TASK)).as("still open").isNotNull();

        Visitor mia = signedIn("mia");
        Page taskPage = mia.get(path);
        assertThat(taskPage.text("#mentor-task-form")).contains("Sent a personal welcome message");
        assertThat(taskPage.text("#due-for-mentee")).contains("(Asia/Kolkata)");
        assertThat(taskPage.text("#due-for-me")).contains("(Asia/Dubai)");
        Page tooLong = mia.postForm(path, path, Map.of("notes", "x".repeat(2001)));
        assertThat(tooLong.status()).isEqualTo(200);
        assertThat(tooLong.text("#notes-error")).contains("Use at most 2000 characters.");

        Page done = mia.postForm(path, path, Map.of(
                "checked", "onboarding.mentorTask.prepare-welcome.check.1", "notes", "Welcome sent"));
        assertThat(location(done)).isEqualTo("/mentees");
        assertThat(jdbc.sql("SELECT checked || '|' || notes FROM mentor_task_record WHERE task_id = ?")
                .param(prepare.getId()).query(String.class).single())
                .isEqualTo("onboarding.mentorTask.prepare-welcome.check.1|Welcome sent");
        Task welcomeCall = task(ana, TASK_MENTOR_TASK);
        assertThat(welcomeCall.getAssignee()).isEqualTo("mia");
        assertThat(tasks.getVariable(welcomeCall.getId(), VAR_MENTOR_TASK)).isEqualTo(MentorTask.WELCOME_CALL.name());
        assertThat(rita.get(path).status()).as("a done task stays hidden from others").isEqualTo(404);
    }

    @Test
    void shouldShowTheMentorTheNextCheckInWhileItWaitsToAppear() {
        Started ana = start("Ana Upcoming");
        acceptMia(ana);
        for (int done = 0; done < 3; done++) {
            tasks.complete(task(ana, TASK_MENTOR_TASK).getId());
        }
        assertThat(task(ana, TASK_MENTOR_TASK)).as("the day-30 check-in waits to appear").isNull();

        Element mentee = signedIn("mia").get("/mentees").one("#mentees tr[data-mentee=" + ana.id() + "]");

        assertThat(mentee.text()).contains("Day-30 check-in (appears a week before it is due)");
    }

    @Test
    void shouldSuggestAgainWithoutMiaAfterSheDeclinesWithAReason() {
        Started ana = start("Ana Declined");
        runJob(ana, TASK_SUGGEST_MENTORS);
        Task confirm = task(ana, TASK_CONFIRM_MENTOR);
        Visitor hank = signedIn("hank");
        hank.postForm(confirmPath(confirm), confirmPath(confirm), Map.of("mentorId", String.valueOf(person("mia").id())));
        Task accept = task(ana, TASK_ACCEPT_MENTEE);
        String acceptPath = "/tasks/" + accept.getId() + "/" + FORM_ACCEPT_MENTEE;
        Visitor mia = signedIn("mia");

        Page noReason = mia.postForm(acceptPath, acceptPath, Map.of("decision", "DECLINE", "reason", " "));
        assertThat(noReason.status()).isEqualTo(200);
        assertThat(noReason.has("#reason-error")).isTrue();
        assertThat(location(mia.postForm(acceptPath, acceptPath, Map.of("decision", "DECLINE", "reason",
                "On leave <until> June"))))
                .isEqualTo("/tasks");
        runJob(ana, TASK_SUGGEST_MENTORS);

        Task again = task(ana, TASK_CONFIRM_MENTOR);
        Page form = hank.get(confirmPath(again));
        assertThat(suggested(form)).doesNotContain("mia").contains("bea");
        assertThat(form.texts("#declines li")).as("the manager sees who declined and why").anySatisfy(decline ->
                assertThat(decline).matches(person("mia").displayName() + " declined on .+ \\(America/Toronto\\): On leave <until> June"));
        assertThat(form.select("#declines until")).as("the reason is shown as text").isEmpty();
        Page miaAgain = hank.postForm(confirmPath(again), confirmPath(again),
                Map.of("mentorId", String.valueOf(person("mia").id())));
        assertThat(miaAgain.text("#mentorId-error")).contains("is excluded for this new hire");
    }

    @Test
    void shouldOfferNoSuggestedMentorWhoReachedTheirMenteeLimitSinceTheSuggestion() {
        // the reliability load's hank was refused 60 times out of 70: he picked the first suggestion, made before
        // other new hires' mentors accepted, and Mia had meanwhile reached her mentee limit
        Started ana = start("Ana Stale");
        runJob(ana, TASK_SUGGEST_MENTORS);
        Task confirm = task(ana, TASK_CONFIRM_MENTOR);
        Visitor hank = signedIn("hank");
        assertThat(suggested(hank.get(confirmPath(confirm)))).first().isEqualTo("mia");
        acceptMia(start("Ana Before One"));
        acceptMia(start("Ana Before Two"));

        Page form = hank.get(confirmPath(confirm));
        assertThat(form.text("#suggestions tr[data-mentor=mia]")).contains("No longer possible since the suggestion")
                .contains("already has as many mentees as they take");
        assertThat(form.select("#suggestions tr[data-mentor=mia] input[name=mentorId]")).as("Mia cannot be picked").isEmpty();
        List<String> offered = form.select("#suggestions input[name=mentorId]").eachAttr("value");
        assertThat(offered).isNotEmpty().doesNotContain(String.valueOf(person("mia").id()));
        Page confirmed = hank.postForm(confirmPath(confirm), confirmPath(confirm), Map.of("mentorId", offered.get(0)));
        assertThat(location(confirmed)).isEqualTo("/tasks");
    }

    @Test
    void shouldRefuseMiasAcceptAboveHerMenteeLimitOnTheFormAndKeepTheRequestOpenUntilSheDeclines() {
        // two requests confirmed while Mia had one mentee (under her limit of two): only the first accept may pass
        acceptMia(start("Ana Already"));
        Started first = start("Ana First");
        Started second = start("Ana Second");
        confirmMia(first);
        confirmMia(second);
        Visitor mia = signedIn("mia");
        String firstPath = acceptPath(task(first, TASK_ACCEPT_MENTEE));
        assertThat(location(mia.postForm(firstPath, firstPath, Map.of("decision", "ACCEPT")))).isEqualTo("/mentees");

        Task open = task(second, TASK_ACCEPT_MENTEE);
        String secondPath = acceptPath(open);
        Page refused = mia.postForm(secondPath, secondPath, Map.of("decision", "ACCEPT", "reason", "Happy to"));

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.text("#decision-error")).isEqualTo("You already have as many mentees as you take at once (2), "
                + "so you cannot accept this new hire now. Decline and say why: the manager then gets new suggestions without you.");
        assertThat(refused.checked("input[name=decision][value=ACCEPT]")).as("her answer is kept").isTrue();
        assertThat(refused.value("#reason")).isEqualTo("Happy to");
        assertThat(task(second, TASK_ACCEPT_MENTEE).getId()).as("the request is still open").isEqualTo(open.getId());
        assertThat(mentoringOf("mia")).as("still two").isEqualTo(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mentorship WHERE mentee_id = ?").param(second.id()).query(Long.class)
                .single()).isZero();

        assertThat(location(mia.postForm(secondPath, secondPath, Map.of("decision", "DECLINE", "reason",
                "I have two mentees already")))).isEqualTo("/tasks");
        runJob(second, TASK_SUGGEST_MENTORS);
        assertThat(task(second, TASK_CONFIRM_MENTOR)).as("the manager is asked again").isNotNull();
        assertThat(suggested(signedIn("hank").get(confirmPath(task(second, TASK_CONFIRM_MENTOR))))).doesNotContain("mia");
    }

    @Test
    void shouldShowWhyNotAndLetHankPickSomeoneAllowedByHandWhenNobodyIsEligible() {
        Started ana = start("Ana Nobody");
        // every mentor has declined this new hire
        people.findByRole(Role.MENTOR).forEach(m -> jdbc.sql(
                "INSERT INTO mentor_decline (new_hire_id, mentor_id, reason, declined_at) VALUES (?, ?, 'busy', ?)")
                .params(ana.id(), m.id(), java.sql.Timestamp.from(clock.instant())).update());
        runJob(ana, TASK_SUGGEST_MENTORS);
        Task confirm = task(ana, TASK_CONFIRM_MENTOR);
        Visitor hank = signedIn("hank");

        Page form = hank.get(confirmPath(confirm));
        assertThat(form.has("#nobody-eligible")).isTrue();
        assertThat(form.text("#why-not")).contains("is excluded for this new hire");
        assertThat(form.has("select#mentorId")).isTrue();
        Page himself = hank.postForm(confirmPath(confirm), confirmPath(confirm),
                Map.of("mentorId", String.valueOf(person("hank").id())));
        assertThat(himself.text("#mentorId-error")).contains("is the manager of the new hire");

        // Aiko (Tokyo, opted in, eleven months here) has no mentor role but the rules allow her
        Page aiko = hank.postForm(confirmPath(confirm), confirmPath(confirm),
                Map.of("mentorId", String.valueOf(person("aiko").id())));
        assertThat(location(aiko)).isEqualTo("/tasks");
        assertThat(task(ana, TASK_ACCEPT_MENTEE).getAssignee()).isEqualTo("aiko");
    }

    @Test
    void shouldLetANewHireSetAPasswordAndSignInWeeksBeforeTheirFirstDayToTheirWelcomePage() {
        Started ana = start("Ana Password");
        String username = people.get(ana.id()).username();
        assertThat(username).matches("ana\\.password\\d*");
        String link = jdbc.sql("""
                SELECT link FROM notification WHERE person_id = ? AND message_key = 'notification.onboarding.passwordLink'
                 AND args LIKE 'Ana Password%' ORDER BY id DESC
                """).param(person("rita").id()).query(String.class).list().get(0);
        assertThat(link).matches("/password/[A-Za-z0-9_-]{43}");
        Visitor newHire = webTest.signedOut();

        assertThat(newHire.get(link).text("#password-username")).isEqualTo("Your username is " + username + ".");
        Page mismatch = newHire.postForm(link, link,
                Map.of("password", "correct horse battery", "confirmation", "correct horse batterz"));
        assertThat(mismatch.has("#confirmation-error")).isTrue();
        Page tooShort = newHire.postForm(link, link, Map.of("password", "short", "confirmation", "short"));
        assertThat(tooShort.text("#password-error")).contains("Use at least 12 characters.");
        Page set = newHire.postForm(link, link,
                Map.of("password", "correct horse battery", "confirmation", "correct horse battery"));
        assertThat(location(set)).isEqualTo("/login?passwordSet");

        Page used = newHire.get(link);
        assertThat(used.status()).isEqualTo(410);
        assertThat(used.has("#password-link-gone")).isTrue();
        assertThat(newHire.get("/password/no-such-token").status()).isEqualTo(404);

        // three weeks before the first day: signed in at once (pre-boarding)
        assertThat(LocalDate.now(clock.withZone(KOLKATA))).isBefore(ana.startDate().minusWeeks(2));
        Visitor signedIn = webTest.signedOut().from("10.24.0.1");
        assertThat(location(signedIn.signIn(username, "correct horse battery"))).isEqualTo("/");

        Page welcome = signedIn.get("/welcome");
        assertThat(welcome.text("h1")).isEqualTo("Welcome, Ana Password!");
        String firstDay = ana.startDate().format(java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy",
                java.util.Locale.ENGLISH));
        assertThat(welcome.text("#preboarding")).contains("Your first day is " + firstDay + " (Asia/Kolkata)");
        assertThat(welcome.has("#xschool-pending")).isTrue();
        assertThat(welcome.has("#mentor-pending")).isTrue();
        assertThat(welcome.text("#checklist")).contains("Ship the laptop").contains("Due (Asia/Kolkata)")
                .contains("Open your first pull request");
        String opens = ana.startDate().format(java.time.format.DateTimeFormatter.ofPattern("EEE d MMM yyyy",
                java.util.Locale.ENGLISH));
        long profile = itemId(ana, "onboarding.item.profile");
        assertThat(welcome.text("tr[data-item=" + profile + "]")).contains("Opens " + opens + " (Asia/Kolkata)");
        assertThat(welcome.select("tr[data-item=" + profile + "] form")).as("not open yet").isEmpty();
        assertThat(signedIn.post("/welcome/" + ana.id() + "/items/" + profile + "/done", Map.of()).status())
                .isEqualTo(404);

        runJob(ana, TASK_SUGGEST_MENTORS);
        Page mentorDue = signedIn.get("/welcome");
        assertThat(mentorDue.text("#mentor-due")).startsWith("Expected by").endsWith("(Asia/Kolkata).");
        runJob(ana, TASK_ASSIGN_COHORT);
        Page assigned = signedIn.get("/welcome");
        assertThat(assigned.has("#xschool-week")).isTrue();
        assertThat(assigned.has("#xschool-pending")).isFalse();
        assertThat(signedIn.get("/requisitions").status()).as("minimal permissions").isIn(403, 404);
        assertThat(signedIn.get("/admin").status()).isIn(403, 404);

        ClockUtil.setCurrentTime(Date.from(ana.startDate().atTime(0, 30).atZone(KOLKATA).toInstant()));
        Page firstDayPage = signedIn.get("/welcome");
        assertThat(firstDayPage.has("#preboarding")).isFalse();
        assertThat(firstDayPage.select("tr[data-item=" + profile + "] form")).as("open on the first day").hasSize(1);
    }

    @Test
    void shouldTellHankOfTheMentorToConfirmAndMiaOfTheMenteeRequestInTheAppAndByMail() {
        Started ana = start("Ana Request");
        runJob(ana, TASK_SUGGEST_MENTORS);
        Task confirm = task(ana, TASK_CONFIRM_MENTOR);

        String toHank = mailedTaskNotice(person("hank"), confirm);
        assertThat(toHank).contains("New task: \u201CConfirm mentor\u201D (Ana Request)");

        tasks.complete(confirm.getId(), Map.of(VAR_MENTOR, "mia"));
        Task accept = task(ana, TASK_ACCEPT_MENTEE);
        String toMia = mailedTaskNotice(person("mia"), accept);
        assertThat(toMia).contains("New task: \u201CAccept mentee\u201D (Ana Request)")
                .contains("/tasks/" + accept.getId());
    }

    /** The person's in-app notification of the new task, and the text of the mail queued for it. */
    private String mailedTaskNotice(Person person, Task task) {
        long notification = jdbc.sql("""
                SELECT id FROM notification WHERE person_id = ? AND message_key = 'notification.task.new' AND link = ?
                """).params(person.id(), "/tasks/" + task.getId()).query(Long.class).single();
        var mail = outbox.findByKey("notification-" + notification).orElseThrow();
        assertThat(mail.recipients()).containsExactly(person.email());
        return mail.text();
    }

    @Test
    void shouldLetTheNewHireTickTheirOwnItemsAndTheManagerOpenTheirPage() {
        Started ana = start("Ana Checklist");
        ClockUtil.setCurrentTime(Date.from(ana.startDate().atTime(6, 0).atZone(KOLKATA).toInstant()));
        people.setPasswordHash(ana.id(), people.findCredentials("hank").orElseThrow().passwordHash());
        Visitor newHire = signedIn(people.get(ana.id()).username());
        long own = itemId(ana, "onboarding.item.profile");
        long it = itemId(ana, "onboarding.item.laptop");

        assertThat(location(newHire.post("/welcome/" + ana.id() + "/items/" + own + "/done", Map.of())))
                .isEqualTo("/welcome");
        assertThat(newHire.post("/welcome/" + ana.id() + "/items/" + it + "/done", Map.of())
                .status()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT done_by FROM onboarding_item WHERE id = ?").param(own).query(Long.class).single())
                .isEqualTo(ana.id());

        Page managersView = signedIn("hank").get("/welcome/" + ana.id());
        assertThat(managersView.text("h1")).contains("Onboarding of Ana Checklist");
        assertThat(managersView.text("#checklist")).contains("Done by Ana Checklist");
        assertThat(signedIn("ivan").get("/welcome/" + ana.id()).status()).isEqualTo(404);
        assertThat(signedIn("hank").get("/welcome").status()).isEqualTo(403);
    }

    @Test
    void shouldLetACoordinatorBookTravelWithANote() {
        Started ana = start("Ana Travel");
        runJob(ana, TASK_ASSIGN_COHORT);
        Task travel = task(ana, TASK_BOOK_TRAVEL);
        assertThat(task(ana, TASK_VISA_LETTER)).as("India is on the visa-letter list").isNotNull();
        String path = "/tasks/" + travel.getId() + "/" + FORM_BOOK_TRAVEL;
        Visitor cora = signedIn("cora");

        Page taskPage = cora.get(path);
        assertThat(taskPage.text("#new-hire")).isEqualTo("Ana Travel (IN, Asia/Kolkata)");
        assertThat(taskPage.text("main")).contains("X-School week from");
        Page notDone = cora.postForm(path, path, Map.of("note", "booking ABC123"));
        assertThat(notDone.status()).isEqualTo(200);
        assertThat(notDone.has("#done-error")).isTrue();
        assertThat(notDone.value("textarea#note")).isEqualTo("booking ABC123");
        assertThat(signedIn("mia").get(path).status()).isEqualTo(404);

        assertThat(location(cora.postForm(path, path, Map.of("done", "true", "note", "booking ABC123")))).isEqualTo("/tasks");
        assertThat(jdbc.sql("SELECT note FROM coordinator_task_record WHERE task_id = ?").param(travel.getId())
                .query(String.class).single()).isEqualTo("booking ABC123");
        assertThat(cora.get(path).status()).as("done").isEqualTo(409);
    }

    @Test
    void shouldRefuseAStartDateInThePast() {
        long before = people.count();
        NewHireDetails details = details("Ana Past", LocalDate.now(clock.withZone(KOLKATA)).minusDays(1));

        assertThatThrownBy(() -> onboarding.start(details)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("onboarding.startDate.past");
        assertThat(people.count()).isEqualTo(before);
    }

    @Test
    void shouldDeriveUniqueAsciiUsernamesFromTheName() {
        Started first = start("Zoë Ångström-Łukasz");
        Started second = start("Zoë Ångström-Łukasz");

        assertThat(people.get(first.id()).username()).startsWith("zoe.angstrom.lukasz");
        assertThat(people.get(second.id()).username()).isNotEqualTo(people.get(first.id()).username())
                .matches("zoe\\.angstrom\\.lukasz\\d+");
        assertThat(people.get(first.id()).roles()).containsExactly(Role.NEW_HIRE);
        assertThat(people.findCredentials(people.get(first.id()).username()).orElseThrow().signInFrom())
                .as("signs in as soon as they set a password").isNull();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey(first.id()))
                .singleResult().getId()).isEqualTo(first.processInstanceId());
    }

    // --- helpers

    record Started(long id, String processInstanceId, LocalDate startDate) {
    }

    private Started start(String name) {
        LocalDate startDate = LocalDate.now(clock.withZone(KOLKATA)).plusWeeks(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        String pi = onboarding.start(details(name, startDate));
        long id = Long.parseLong(runtime.createProcessInstanceQuery().processInstanceId(pi).singleResult()
                .getBusinessKey().substring(BUSINESS_KEY_PREFIX.length()));
        newHires.add(id);
        return new Started(id, pi, startDate);
    }

    private NewHireDetails details(String name, LocalDate startDate) {
        return new NewHireDetails(9000, name, "new-" + UUID.randomUUID() + "@example.com", KOLKATA, "IN",
                teams.findBySlug("beats").orElseThrow().id(), person("hank").id(), startDate,
                Set.of(person("ivan").id(), person("priya").id()));
    }

    private void acceptMia(Started hire) {
        runJob(hire, TASK_SUGGEST_MENTORS);
        tasks.complete(task(hire, TASK_CONFIRM_MENTOR).getId(), Map.of(VAR_MENTOR, "mia"));
        tasks.complete(task(hire, TASK_ACCEPT_MENTEE).getId(), Map.of(VAR_MENTEE_ACCEPTED, true));
        runJob(hire, TASK_RECORD_MENTORSHIP);
    }

    private void confirmMia(Started hire) {
        runJob(hire, TASK_SUGGEST_MENTORS);
        tasks.complete(task(hire, TASK_CONFIRM_MENTOR).getId(), Map.of(VAR_MENTOR, "mia"));
    }

    private long mentoringOf(String mentor) {
        return jdbc.sql("SELECT COUNT(*) FROM mentorship WHERE mentor_id = ? AND status = 'ACTIVE'")
                .param(person(mentor).id()).query(Long.class).single();
    }

    private static String acceptPath(Task task) {
        return "/tasks/" + task.getId() + "/" + FORM_ACCEPT_MENTEE;
    }

    private void runJob(Started hire, String activityId) {
        management.executeJob(management.createJobQuery().processInstanceId(hire.processInstanceId())
                .activityId(activityId).singleResult().getId());
    }

    private Task task(Started hire, String taskDefinitionKey) {
        return tasks.createTaskQuery().processInstanceId(hire.processInstanceId()).taskDefinitionKey(taskDefinitionKey)
                .singleResult();
    }

    private long itemId(Started hire, String titleKey) {
        return jdbc.sql("SELECT id FROM onboarding_item WHERE new_hire_id = ? AND title_key = ?")
                .params(hire.id(), titleKey).query(Long.class).single();
    }

    private static String confirmPath(Task task) {
        return "/tasks/" + task.getId() + "/" + FORM_CONFIRM_MENTOR;
    }

    private Person person(String username) {
        return people.findByUsername(username).orElseThrow();
    }

    private Visitor signedIn(String username) {
        return webTest.signedIn(username);
    }

    private static String location(Page response) {
        assertThat(response.status()).as(response.html()).isEqualTo(302);
        return response.location();
    }

    /** The usernames of the suggested mentors. */
    private static List<String> suggested(Page confirmForm) {
        return confirmForm.select("#suggestions tr[data-mentor]").eachAttr("data-mentor");
    }

}
