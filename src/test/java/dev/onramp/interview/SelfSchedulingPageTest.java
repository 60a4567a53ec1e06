package dev.onramp.interview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.hiring.Application;
import dev.onramp.mail.Outbox;
import dev.onramp.mail.OutboxEntry;
import dev.onramp.people.PersonRepository;
import dev.onramp.system.OnrampAppTest;
import dev.onramp.system.WebTest;
import dev.onramp.system.WebTest.Page;
import dev.onramp.system.WebTest.Visitor;
import dev.onramp.tasklist.Notifications;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The candidate picks the time: the recruiter's choice, the e-mail, the public page and its bad inputs. */
@OnrampAppTest
class SelfSchedulingPageTest {

    private static final Pattern LINK = Pattern.compile("/schedule/([A-Za-z0-9_-]{43})");

    @Autowired
    WebTest web;
    @Autowired
    CandidateJourney journey;
    @Autowired
    TaskService tasks;
    @Autowired
    InterviewRepository interviews;
    @Autowired
    PersonRepository people;
    @Autowired
    Outbox outbox;
    @Autowired
    Notifications notifications;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Value("${onramp.base-url}")
    String baseUrl;

    @Test
    void shouldEmailTheCandidateTheFullLinkAndKeepTheTaskWaiting() {
        Invited invited = invite("Ada Self", "Europe/Berlin", "karl");

        OutboxEntry mail = invited.mail();
        assertThat(mail.recipients()).containsExactly(invited.application().candidateEmail());
        assertThat(mail.subject()).isEqualTo("Choose a time for your interview: Pair programming");
        assertThat(mail.text()).contains(baseUrl + "/schedule/" + invited.token()).contains("Hello Ada Self,")
                .contains("Europe/Berlin");
        assertThat(mail.html()).contains("href=\"" + baseUrl + "/schedule/" + invited.token() + "\"");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM self_schedule_link WHERE token_hash = ?")
                .param(invited.token()).query(Long.class).single()).as("the token itself is never stored").isZero();
        assertThat(tasks.createTaskQuery().taskId(invited.task().getId()).count()).isOne();
        Page form = web.signedIn("rita").get(form(invited.task()));
        assertThat(form.text("#self-schedule-state")).startsWith("Waiting for the candidate:");
    }

    @Test
    void shouldListTheFreeTimesInTheCandidatesZoneAndNothingElse() {
        Invited invited = invite("Bea Self", "Asia/Kolkata", "karl");

        Page page = web.signedOut().from("10.81.0.1").get("/schedule/" + invited.token());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text("h1")).isEqualTo("Choose a time for your interview: Pair programming");
        assertThat(page.text("#self-schedule-zone")).contains("Asia/Kolkata");
        List<String> times = page.texts("#slots .slot span");
        assertThat(times).hasSizeBetween(1, SelfScheduling.OFFERED).allSatisfy(t -> assertThat(t).endsWith("(Asia/Kolkata)"));
        assertThat(page.text()).contains("Bea Self").doesNotContain("Karl Becker")
                .doesNotContain(invited.application().candidateEmail()).doesNotContain("Ada Self");
        assertThat(page.has("#self-schedule-form input[name=_csrf]")).isTrue();
        assertThat(page.has("nav.nav")).isFalse();
    }

    @Test
    void shouldBookThePickedTimeOnceAndShowItWithItsCalendarInvite() throws Exception {
        Invited invited = invite("Cem Self", "Europe/Istanbul", "karl");
        Visitor candidate = web.signedOut().from("10.81.0.2");
        String path = "/schedule/" + invited.token();
        String slot = candidate.get(path).select("#slots input[name=slot]").first().val();

        Page picked = candidate.post(path, Map.of("slot", slot));

        assertThat(picked.status()).isEqualTo(302);
        assertThat(picked.location()).endsWith(path);
        Page booked = candidate.follow(picked);
        assertThat(booked.text("h1")).isEqualTo("Your interview is booked");
        assertThat(booked.text("#booked-time")).startsWith("Pair programming: ").endsWith("(Europe/Istanbul)");
        assertThat(tasks.createTaskQuery().taskId(invited.task().getId()).count()).isZero();
        List<Interview> booked1 = interviews.findByApplication(invited.application().id());
        assertThat(booked1).singleElement().satisfies(i -> {
            assertThat(i.startsAt()).isEqualTo(Instant.parse(slot));
            assertThat(i.scheduledBy()).isEqualTo(people.findByUsername("rita").orElseThrow().id());
            assertThat(interviews.panelUsernames(i.id())).containsExactly("karl");
        });
        long rita = people.findByUsername("rita").orElseThrow().id();
        assertThat(notifications.recent(rita, 20)).anySatisfy(n -> assertThat(n.messageKey())
                .isEqualTo("selfSchedule.notification.booked"));

        Page ics = candidate.get(booked.select("#booked-ics").attr("href"));
        assertThat(ics.status()).isEqualTo(200);
        assertThat(ics.contentType()).startsWith("text/calendar");
        net.fortuna.ical4j.model.component.VEvent event = new net.fortuna.ical4j.data.CalendarBuilder()
                .build(new java.io.StringReader(ics.html())).<net.fortuna.ical4j.model.component.VEvent>getComponents().get(0);
        assertThat(event.getProperty("UID").orElseThrow().getValue()).startsWith("interview-" + booked1.get(0).id() + "@");
        assertThat(event.getProperty("LOCATION").orElseThrow().getValue()).as("the venue typed with the link")
                .isEqualTo("Room 4, Lisbon office");
        assertThat(event.getProperty("URL").orElseThrow().getValue()).isEqualTo("https://meet.example/kibana-pair");
        assertThat(candidate.get(path + "x/interview.ics").status()).as("altered token").isEqualTo(404);

        Page again = candidate.post(path, Map.of("slot", slot));
        assertThat(again.status()).isEqualTo(410);
        assertThat(again.text("#used-already")).contains("used already");
        assertThat(again.text("#booked-time")).endsWith("(Europe/Istanbul)");
        assertThat(interviews.findByApplication(invited.application().id())).hasSize(1);
    }

    @Test
    void shouldRefuseALinkWithABadVideoLinkAndSendNothing() {
        Application application = journey.atFirstStage("kibana", "Kit Self", "Europe/Berlin");
        Task task = journey.stageTask(application, InterviewStage.TASK_SCHEDULE_INTERVIEW);
        Map<String, String> typed = fields(ids("karl"), ScheduleForm.CANDIDATE);
        typed.put("videoLink", "javascript:alert(1)");

        Page refused = web.signedIn("rita").postForm(form(task), form(task), typed);

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.text("#videoLink-error")).isNotBlank();
        assertThat(refused.value("#location")).isEqualTo("Room 4, Lisbon office");
        assertThat(outbox.recent(null, 200)).noneMatch(m -> m.recipients().contains(application.candidateEmail()));
    }

    @Test
    void shouldAnswer404ForAnAlteredOrMadeUpToken() {
        Invited invited = invite("Dee Self", "Europe/Berlin", "karl");
        String token = invited.token();
        String altered = (token.charAt(0) == 'A' ? "B" : "A") + token.substring(1);
        Visitor stranger = web.signedOut().from("10.81.0.3");

        assertThat(stranger.get("/schedule/" + altered).status()).isEqualTo(404);
        assertThat(stranger.get("/schedule/short").status()).isEqualTo(404);
        assertThat(stranger.post("/schedule/" + altered, Map.of("slot", "2031-01-01T00:00:00Z")).status())
                .isEqualTo(404);
        Page page = stranger.get("/schedule/" + altered + "x");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.html()).doesNotContain("Exception").doesNotContain("at dev.onramp");
    }

    @Test
    void shouldAnswer410ForAnExpiredLink() {
        Invited invited = invite("Eve Self", "Europe/Berlin", "karl");
        Instant past = clock.instant().minus(Duration.ofDays(6));
        jdbc.sql("UPDATE self_schedule_link SET created_at = ?, expires_at = ? WHERE task_id = ?")
                .params(past.atOffset(ZoneOffset.UTC), past.plus(Duration.ofDays(5)).atOffset(ZoneOffset.UTC),
                        invited.task().getId())
                .update();
        Visitor candidate = web.signedOut().from("10.81.0.4");

        Page page = candidate.get("/schedule/" + invited.token());
        assertThat(page.status()).isEqualTo(410);
        assertThat(page.text("#self-schedule-gone")).contains("expired");
        assertThat(candidate.post("/schedule/" + invited.token(), Map.of("slot", "2031-01-01T00:00:00Z")).status())
                .isEqualTo(410);
        assertThat(web.signedIn("rita").get(form(invited.task())).text("#self-schedule-state")).contains("expired");
    }

    @Test
    void shouldOfferFreshTimesWhenThePickedTimeIsNotOfferedAndRefuseGarbage() {
        Invited invited = invite("Finn Self", "Europe/Berlin", "karl");
        Visitor candidate = web.signedOut().from("10.81.0.5");
        String path = "/schedule/" + invited.token();
        candidate.get(path);

        Page notOffered = candidate.post(path, Map.of("slot", "2031-01-01T03:00:00Z"));
        assertThat(notOffered.status()).isEqualTo(409);
        assertThat(notOffered.text("#slot-taken")).contains("not free any more");
        assertThat(notOffered.select("#slots input[name=slot]")).isNotEmpty();

        Page garbage = candidate.post(path, Map.of("slot", "<script>alert(1)</script>"));
        assertThat(garbage.status()).isEqualTo(400);
        assertThat(garbage.text("#slot-error")).isEqualTo("Choose one of the times.");
        Page missing = candidate.post(path, Map.of());
        assertThat(missing.status()).isEqualTo(400);
        assertThat(interviews.findByApplication(invited.application().id())).isEmpty();
        assertThat(tasks.createTaskQuery().taskId(invited.task().getId()).count()).isOne();
    }

    @Test
    void shouldGiveTheSecondCandidateFreshTimesWhenTheFirstTookTheInterviewersSlot() {
        Invited first = invite("Gus Self", "Europe/Berlin", "zanele");
        Invited second = invite("Hal Self", "Europe/Berlin", "zanele");
        Visitor one = web.signedOut().from("10.81.0.6");
        Visitor two = web.signedOut().from("10.81.0.7");
        String slot = one.get("/schedule/" + first.token()).select("#slots input[name=slot]").first().val();
        assertThat(two.get("/schedule/" + second.token()).select("#slots input[name=slot]").eachAttr("value"))
                .contains(slot);

        assertThat(one.post("/schedule/" + first.token(), Map.of("slot", slot)).status()).isEqualTo(302);
        Page late = two.post("/schedule/" + second.token(), Map.of("slot", slot));

        assertThat(late.status()).isEqualTo(409);
        assertThat(late.text("#slot-taken")).isEqualTo("Sorry, that time is not free any more. These are the times free now.");
        assertThat(late.select("#slots input[name=slot]").eachAttr("value")).isNotEmpty().doesNotContain(slot);
        assertThat(tasks.createTaskQuery().taskId(second.task().getId()).count()).isOne();
    }

    @Test
    void shouldTellTheRecruiterWhenNoneOfTheTimesWorkAndRefuseATooLongNote() {
        Invited invited = invite("Ida Self", "Europe/Berlin", "karl");
        Visitor candidate = web.signedOut().from("10.81.0.8");
        String path = "/schedule/" + invited.token();
        candidate.get(path);

        String tooLong = "x".repeat(SelfScheduling.MAX_NOTE + 1);
        Page refused = candidate.post(path + "/none", Map.of("note", tooLong));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.text("#note-error")).isEqualTo("Use at most 1000 characters.");
        assertThat(refused.value("#note")).isEqualTo(tooLong);

        Page declined = candidate.post(path + "/none", Map.of("note", "Evenings <b>after</b> 18:00 work best"));
        assertThat(declined.status()).isEqualTo(302);
        assertThat(candidate.follow(declined).text("#declined")).contains("none of the times work");
        assertThat(candidate.post(path + "/none", Map.of("note", "again")).status()).isEqualTo(410);
        assertThat(tasks.createTaskQuery().taskId(invited.task().getId()).count()).isOne();
        Page form = web.signedIn("rita").get(form(invited.task()));
        assertThat(form.text("#self-schedule-note")).isEqualTo("Their note: Evenings <b>after</b> 18:00 work best");
        long rita = people.findByUsername("rita").orElseThrow().id();
        assertThat(notifications.recent(rita, 20)).anySatisfy(n -> {
            assertThat(n.messageKey()).isEqualTo("selfSchedule.notification.declined");
            assertThat(n.link()).isEqualTo(form(invited.task()));
        });
    }

    @Test
    void shouldVoidTheLinkWhenTheRecruiterBooksATime() {
        Invited invited = invite("Jo Self", "Europe/Berlin", "karl");
        Visitor rita = web.signedIn("rita");
        String slot = rita.get(form(invited.task()) + "?interviewers=" + ids("karl"))
                .select("#slots input[type=radio][name=slot][value$=Z]").first().val();

        assertThat(rita.post(form(invited.task()), fields(ids("karl"), slot)).status()).isEqualTo(302);

        Page page = web.signedOut().from("10.81.0.9").get("/schedule/" + invited.token());
        assertThat(page.status()).isEqualTo(410);
        assertThat(page.text("h1")).isEqualTo("This link no longer works");
    }

    @Test
    void shouldRefuseToInviteWithoutAPanel() {
        Application application = journey.atFirstStage("kibana", "Kim Self", "Europe/Berlin");
        Task task = journey.stageTask(application, InterviewStage.TASK_SCHEDULE_INTERVIEW);

        Page page = web.signedIn("rita").postForm(form(task), form(task), fields("", ScheduleForm.CANDIDATE));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text("#interviewers-error")).isEqualTo("Choose at least one interviewer.");
        assertThat(outbox.recent(null, 200)).noneMatch(m -> m.recipients().contains(application.candidateEmail()));
    }

    /** A candidate at Kibana's first stage whom rita lets choose, with this panel; the token read from the mail. */
    private Invited invite(String name, String zone, String... panel) {
        Application application = journey.atFirstStage("kibana", name, zone);
        Task task = journey.stageTask(application, InterviewStage.TASK_SCHEDULE_INTERVIEW);
        Visitor rita = web.signedIn("rita");
        Page page = rita.postForm(form(task), form(task), fields(ids(panel), ScheduleForm.CANDIDATE));
        assertThat(page.status()).isEqualTo(302);
        assertThat(rita.follow(page).flash()).contains("e-mailed a link");
        OutboxEntry mail = outbox.recent(null, 200).stream()
                .filter(m -> m.recipients().contains(application.candidateEmail())).findFirst().orElseThrow();
        Matcher link = LINK.matcher(mail.text());
        assertThat(link.find()).isTrue();
        return new Invited(application, task, link.group(1), mail);
    }

    private record Invited(Application application, Task task, String token, OutboxEntry mail) {
    }

    private static String form(Task task) {
        return "/tasks/" + task.getId() + "/" + InterviewStage.FORM_SCHEDULE;
    }

    private String ids(String... usernames) {
        return List.of(usernames).stream().map(u -> String.valueOf(people.findByUsername(u).orElseThrow().id()))
                .collect(Collectors.joining(","));
    }

    private static Map<String, String> fields(String interviewers, String slot) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("interviewers", interviewers);
        fields.put("slot", slot);
        fields.put("otherStart", "");
        fields.put("otherZone", "Europe/Madrid");
        fields.put("location", "Room 4, Lisbon office");
        fields.put("videoLink", "https://meet.example/kibana-pair");
        return fields;
    }
}
