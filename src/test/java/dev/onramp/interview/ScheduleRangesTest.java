package dev.onramp.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.onramp.people.OnrampUser;
import dev.onramp.people.PersonRepository;
import dev.onramp.system.OnrampAppTest;
import dev.onramp.system.OutOfRangeException;
import dev.onramp.system.WebTest;
import dev.onramp.system.WebTest.Page;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** An interview starts within the next year: the schedule form says so next to the field, and the service refuses. */
@OnrampAppTest
class ScheduleRangesTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired
    WebTest web;
    @Autowired
    CandidateJourney journey;
    @Autowired
    InterviewScheduling scheduling;
    @Autowired
    UserDetailsService users;
    @Autowired
    PersonRepository people;
    @Autowired
    TaskService tasks;
    @Autowired
    Clock clock;

    @Test
    void shouldRefuseAnotherTimeMoreThanAYearAheadAndKeepWhatWasTyped() {
        Task task = kibanaTask("Year Ahead");
        String typed = LocalDateTime.now(clock.withZone(BERLIN)).plusYears(1).plusDays(2).truncatedTo(ChronoUnit.HOURS)
                .withHour(10).toString();

        Page response = post(task, fields(id("karl"), ScheduleForm.OTHER, typed, "Europe/Berlin"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text("#otherStart-error")).isEqualTo("Choose a time within the next year.");
        assertThat(response.value("#otherStart")).startsWith(typed);
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isOne();
    }

    @Test
    void shouldRefuseTheLastDayOfYear999999999AsAFieldError() {
        Task task = kibanaTask("Far Future");

        Page response = post(task, fields(id("karl"), ScheduleForm.OTHER, "+999999999-12-31T10:00", "Europe/Berlin"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text("#otherStart-error")).isEqualTo("Choose a time within the next year.");
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isOne();
    }

    @Test
    void shouldRefuseAProposedSlotMoreThanAYearAhead() {
        Task task = kibanaTask("Slot Ahead");

        Page response = post(task, fields(id("karl"), clock.instant().plus(Duration.ofDays(400)).toString(), "", "Europe/Berlin"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text("#slot-error")).isEqualTo("Choose a time within the next year.");
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isOne();
    }

    @Test
    void shouldShowAnInterviewerThatIsNotANumberAsAFieldErrorWhenNothingElseWasSent() {
        Task task = kibanaTask("Only Garbage");

        Page response = post(task, Map.of("interviewers", "abc"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text("#interviewers-error")).isEqualTo("Choose interviewers from the list.");
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isOne();
    }

    @Test
    void shouldHaveTheServiceRefuseAStartMoreThanAYearAheadAndAPanelOfFive() {
        Task task = kibanaTask("Service Check");
        OnrampUser rita = (OnrampUser) users.loadUserByUsername("rita");
        StageTask stage = scheduling.load(task.getId(), rita, InterviewStage.FORM_SCHEDULE);
        List<Long> karl = List.of(Long.parseLong(id("karl")));

        assertThatThrownBy(() -> scheduling.schedule(stage, karl, clock.instant().plus(Duration.ofDays(366)), rita))
                .isInstanceOfSatisfying(OutOfRangeException.class, e -> assertThat(e.field()).isEqualTo("otherStart"));
        List<Long> five = List.of(1L, 2L, 3L, 4L, 5L);
        assertThatThrownBy(() -> scheduling.schedule(stage, five, clock.instant().plus(Duration.ofDays(7)), rita))
                .isInstanceOfSatisfying(OutOfRangeException.class, e -> assertThat(e.field()).isEqualTo("interviewers"));
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isOne();
    }

    private Task kibanaTask(String candidate) {
        return journey.stageTask(journey.atFirstStage("kibana", candidate, "Asia/Kolkata"), InterviewStage.TASK_SCHEDULE_INTERVIEW);
    }

    private Page post(Task task, Map<String, String> fields) {
        String form = "/tasks/" + task.getId() + "/" + InterviewStage.FORM_SCHEDULE;
        return web.signedIn("rita").postForm(form, form, fields);
    }

    private String id(String username) {
        return String.valueOf(people.findByUsername(username).orElseThrow().id());
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
