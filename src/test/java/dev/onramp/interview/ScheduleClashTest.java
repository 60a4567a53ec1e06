package dev.onramp.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.onramp.hiring.Application;
import dev.onramp.interview.InterviewRepository.NewInterview;
import dev.onramp.loop.Stage;
import dev.onramp.people.OnrampUser;
import dev.onramp.people.PersonRepository;
import dev.onramp.system.OnrampAppTest;
import dev.onramp.system.WebTest;
import dev.onramp.system.WebTest.Page;
import dev.onramp.system.WebTest.Visitor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.beans.factory.annotation.Autowired;

/** No double booking: proposals skip booked times; a clashing time shows the clash and books only when confirmed. */
@OnrampAppTest
class ScheduleClashTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

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
    InterviewScheduling scheduling;
    @Autowired
    Clock clock;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void shouldShowWhoIsBookedWhenAManualTimeClashesAndBookOnlyOnceConfirmed() {
        Visitor rita = web.signedIn("rita");
        Task first = task("Clash First");
        String slot = firstProposal(rita, first, "aiko");
        assertThat(rita.post(form(first), fields(ids("aiko"), slot, "", "Europe/Madrid")).status()).isEqualTo(302);
        Task second = task("Clash Second");
        String sameTime = Instant.parse(slot).plus(Duration.ofMinutes(30)).atZone(BERLIN).toLocalDateTime().toString();

        Page clash = rita.postForm(form(second), form(second),
                fields(ids("aiko"), ScheduleForm.OTHER, sameTime, "Europe/Berlin"));

        assertThat(clash.status()).isEqualTo(200);
        assertThat(clash.text("#otherStart-error")).startsWith("This time clashes with interviews already booked");
        assertThat(clash.texts("#clashes li")).singleElement().asString()
                .startsWith("Aiko Suzuki has an interview ").endsWith("(Europe/Madrid)");
        assertThat(clash.value("#otherStart")).startsWith(sameTime);
        assertThat(clash.checked("#bookAnyway")).isFalse();
        assertThat(tasks.createTaskQuery().taskId(second.getId()).count()).isOne();

        Map<String, String> confirmed = fields(ids("aiko"), ScheduleForm.OTHER, sameTime, "Europe/Berlin");
        confirmed.put("bookAnyway", "true");
        Page booked = rita.post(form(second), confirmed);

        assertThat(booked.status()).isEqualTo(302);
        assertThat(tasks.createTaskQuery().taskId(second.getId()).count()).isZero();
        long aiko = people.findByUsername("aiko").orElseThrow().id();
        assertThat(interviews.findByPanelMember(aiko)).filteredOn(i -> i.startsAt().equals(Instant.parse(slot)
                .plus(Duration.ofMinutes(30)))).hasSize(1);
    }

    @Test
    void shouldNotProposeATimeWithinTheBufferOfAnInterviewerAlreadyBooked() {
        Visitor rita = web.signedIn("rita");
        Task first = task("Buffer First");
        String slot = firstProposal(rita, first, "aiko");
        rita.post(form(first), fields(ids("aiko"), slot, "", "Europe/Madrid"));
        Instant booked = Instant.parse(slot);
        Instant bookedEnd = booked.plus(Duration.ofMinutes(90));

        Task second = task("Buffer Second");
        List<String> proposals = rita.get(form(second) + "?interviewers=" + ids("aiko"))
                .select("#slots input[type=radio][name=slot][value$=Z]").eachAttr("value");

        assertThat(proposals).isNotEmpty().allSatisfy(p -> {
            Instant start = Instant.parse(p);
            Instant end = start.plus(Duration.ofMinutes(90));
            assertThat(start.isBefore(bookedEnd.plus(Duration.ofMinutes(15)))
                    && booked.minus(Duration.ofMinutes(15)).isBefore(end)).as("%s clashes with %s", p, booked).isFalse();
        });
    }

    @Test
    void shouldShowTheCandidatesOwnInterviewAsAClash() {
        Visitor rita = web.signedIn("rita");
        Application application = journey.atFirstStage("kibana", "Candidate Busy", "Europe/Berlin");
        Task task = journey.stageTask(application, InterviewStage.TASK_SCHEDULE_INTERVIEW);
        String slot = firstProposal(rita, task, "karl");
        Instant start = Instant.parse(slot);
        long rafael = people.findByUsername("rafael").orElseThrow().id();
        interviews.insert(new NewInterview(application.id(), "earlier", "Earlier chat", Stage.Kind.LIVE, null, null,
                start.minus(Duration.ofMinutes(30)), start.plus(Duration.ofMinutes(30)), rafael, clock.instant()),
                List.of(rafael));

        Page clash = rita.post(form(task), fields(ids("karl"), slot, "", "Europe/Madrid"));

        assertThat(clash.status()).isEqualTo(200);
        assertThat(clash.text("#slot-error")).startsWith("This time clashes");
        assertThat(clash.texts("#clashes li")).anySatisfy(line -> assertThat(line)
                .startsWith("The candidate Candidate Busy has an interview "));
        assertThat(rita.get(form(task) + "?interviewers=" + ids("karl"))
                .select("#slots input[type=radio][name=slot][value$=Z]").eachAttr("value")).doesNotContain(slot);
    }

    @Test
    void shouldRefuseAClashInTheServiceWithoutConfirmation() {
        Visitor rita = web.signedIn("rita");
        Task first = task("Service First");
        String slot = firstProposal(rita, first, "lucia");
        rita.post(form(first), fields(ids("lucia"), slot, "", "Europe/Madrid"));
        Task second = task("Service Second");
        OnrampUser me = new OnrampUser(people.findByUsername("rita").orElseThrow(), "", true);
        StageTask t = scheduling.load(second.getId(), me, InterviewStage.FORM_SCHEDULE);
        long lucia = people.findByUsername("lucia").orElseThrow().id();

        assertThatThrownBy(() -> scheduling.schedule(t, List.of(lucia), Instant.parse(slot), me))
                .isInstanceOfSatisfying(BookingClashException.class, e -> assertThat(e.clashes())
                        .extracting(Clash::who).containsExactly("Luc\u00eda Torres"));
        assertThat(tasks.createTaskQuery().taskId(second.getId()).count()).isOne();
        assertThat(scheduling.schedule(t, List.of(lucia), Instant.parse(slot), Venue.NONE, me, true)).isPositive();
    }

    @Test
    void shouldAnswerASecondSubmitOfTheSameBookingThatWaitedForTheFirstWithTaskDoneNotWithAClash() throws Exception {
        // the reliability load's two drivers sometimes submit the same schedule form at once: the second passed its
        // task check before the first committed, waited for it on the booking lock, then met the first's interview
        Visitor rita = web.signedIn("rita");
        Task task = task("Double Submit");
        String slot = firstProposal(rita, task, "karl");
        OnrampUser me = new OnrampUser(people.findByUsername("rita").orElseThrow(), "", true);
        StageTask t = scheduling.load(task.getId(), me, InterviewStage.FORM_SCHEDULE);
        long karl = people.findByUsername("karl").orElseThrow().id();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch firstBooked = new CountDownLatch(1);
        CountDownLatch firstMayCommit = new CountDownLatch(1);
        try {
            Future<Long> first = pool.submit(() -> transactions.execute(status -> {
                long id = scheduling.schedule(t, List.of(karl), Instant.parse(slot), me);
                firstBooked.countDown();
                await().atMost(Duration.ofSeconds(30)).until(() -> firstMayCommit.getCount() == 0);
                return id;
            }));
            assertThat(firstBooked.await(30, TimeUnit.SECONDS)).isTrue();
            Future<Page> second = pool.submit(() -> rita.post(form(task), fields(ids("karl"), slot, "", "Europe/Madrid")));
            await().during(Duration.ofMillis(700)).atMost(Duration.ofSeconds(10))
                    .alias("the second submit waits for the first on the booking lock").until(() -> !second.isDone());
            firstMayCommit.countDown();

            assertThat(first.get(30, TimeUnit.SECONDS)).isPositive();
            Page answer = second.get(30, TimeUnit.SECONDS);
            assertThat(answer.status()).as("the task was done meanwhile, not a clash with its own interview")
                    .isEqualTo(409);
            assertThat(answer.has("#slot-error")).isFalse();
            assertThat(interviews.findByPanelMember(karl)).filteredOn(i -> i.startsAt().equals(Instant.parse(slot)))
                    .hasSize(1);
        } finally {
            firstMayCommit.countDown();
            pool.shutdownNow();
        }
    }

    private Task task(String candidateName) {
        Application application = journey.atFirstStage("kibana", candidateName, "Europe/Berlin");
        return journey.stageTask(application, InterviewStage.TASK_SCHEDULE_INTERVIEW);
    }

    private String firstProposal(Visitor rita, Task task, String username) {
        return rita.get(form(task) + "?interviewers=" + ids(username))
                .select("#slots input[type=radio][name=slot][value$=Z]").first().val();
    }

    private static String form(Task task) {
        return "/tasks/" + task.getId() + "/" + InterviewStage.FORM_SCHEDULE;
    }

    private String ids(String... usernames) {
        return List.of(usernames).stream().map(u -> String.valueOf(people.findByUsername(u).orElseThrow().id()))
                .collect(Collectors.joining(","));
    }

    private static Map<String, String> fields(String interviewers, String slot, String otherStart, String otherZone) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("interviewers", interviewers);
        fields.put("slot", slot);
        fields.put("otherStart", otherStart);
        fields.put("otherZone", otherZone);
        return fields;
    }
}
