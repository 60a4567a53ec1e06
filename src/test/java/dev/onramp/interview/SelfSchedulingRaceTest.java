package dev.onramp.interview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.hiring.Application;
import dev.onramp.interview.SelfScheduling.SlotTakenException;
import dev.onramp.mail.Outbox;
import dev.onramp.people.PersonRepository;
import dev.onramp.system.OnrampAppTest;
import dev.onramp.system.WebTest;
import dev.onramp.system.WebTest.Visitor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.PessimisticLockingFailureException;

/** Two candidates pick the same interviewer's time at the same moment: one books it, the other is told it is gone. */
@OnrampAppTest
class SelfSchedulingRaceTest {

    private static final Pattern LINK = Pattern.compile("/schedule/([A-Za-z0-9_-]{43})");

    @Autowired
    WebTest web;
    @Autowired
    CandidateJourney journey;
    @Autowired
    SelfScheduling selfScheduling;
    @Autowired
    InterviewRepository interviews;
    @Autowired
    PersonRepository people;
    @Autowired
    Outbox outbox;
    @Autowired
    TaskService tasks;

    @Test
    void shouldBookTheSameInterviewersTimeForOnlyOneOfTwoCandidatesPickingAtOnce() throws Exception {
        String first = invite("Race One");
        String second = invite("Race Two");
        Instant slot = Instant.parse(web.signedOut().from("10.82.0.1").get("/schedule/" + first)
                .select("#slots input[name=slot]").first().val());
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (String token : List.of(first, second)) {
                outcomes.add(pool.submit(pick(token, slot, go)));
            }
            go.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get(60, TimeUnit.SECONDS));
            }

            assertThat(results).containsOnlyOnce("booked");
            assertThat(results).filteredOn(r -> !r.equals("booked")).singleElement().isIn("taken", "clash", "locked");
        } finally {
            pool.shutdownNow();
        }
        long zanele = people.findByUsername("zanele").orElseThrow().id();
        assertThat(interviews.findByPanelMember(zanele)).filteredOn(i -> i.startsAt().equals(slot)).hasSize(1);
    }

    private Callable<String> pick(String token, Instant slot, CountDownLatch go) {
        return () -> {
            go.await();
            try {
                selfScheduling.pick(token, slot);
                return "booked";
            } catch (SlotTakenException e) {
                return "taken";
            } catch (BookingClashException e) {
                return "clash";
            } catch (PessimisticLockingFailureException e) {
                return "locked";
            }
        };
    }

    private String invite(String name) {
        Application application = journey.atFirstStage("kibana", name, "Europe/Berlin");
        String form = "/tasks/" + journey.stageTask(application, InterviewStage.TASK_SCHEDULE_INTERVIEW).getId() + "/"
                + InterviewStage.FORM_SCHEDULE;
        Visitor rita = web.signedIn("rita");
        String zanele = String.valueOf(people.findByUsername("zanele").orElseThrow().id());
        assertThat(rita.postForm(form, form, Map.of("interviewers", zanele, "slot", ScheduleForm.CANDIDATE,
                "otherZone", "Europe/Berlin")).status()).isEqualTo(302);
        String mail = outbox.recent(null, 200).stream().filter(m -> m.recipients().contains(application.candidateEmail()))
                .findFirst().orElseThrow().text();
        Matcher link = LINK.matcher(mail);
        assertThat(link.find()).isTrue();
        return link.group(1);
    }
}
