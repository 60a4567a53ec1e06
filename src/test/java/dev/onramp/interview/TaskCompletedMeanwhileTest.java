package dev.onramp.interview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.hiring.Application;
import dev.onramp.hiring.HiringProcess;
import dev.onramp.hiring.HiringScenario;
import dev.onramp.people.PersonRepository;
import dev.onramp.system.OnrampAppTest;
import dev.onramp.system.WebTest.Page;
import dev.onramp.system.WebTest.Visitor;
import dev.onramp.tasklist.CompletedMeanwhile;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Two clients submit the same task form at the same moment: the other one completes the task after this request's
 * check passed and before it read or completed the task. The loser gets the 409 "already done" page, never a 500
 * (the reliability suite's drivers got one from the engine's "task doesn't exist" and from a variable gone with its
 * process). {@link CompletedMeanwhile} makes the moment deterministic. The engine logs nothing at ERROR for it
 * (ENGINE-16004, "task … doesn't exist"): the loser reads the task's variables with a query ({@code TaskVariables}).
 */
@OnrampAppTest
@ExtendWith(OutputCaptureExtension.class)
class TaskCompletedMeanwhileTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    CandidateJourney journey;
    @Autowired
    CompletedMeanwhile meanwhile;
    @Autowired
    PersonRepository people;
    @Autowired
    HistoryService history;

    @Test
    void shouldAnswerTheSecondTakeHomeSendWithTheAlreadyDonePageWhenTheFirstCompletedItMeanwhile(CapturedOutput output) {
        Application application = journey.atFirstStage("beats", "Noor Haddad", "Asia/Kolkata");
        Task task = journey.stageTask(application, TakeHomeStage.TASK_SEND_TAKE_HOME);
        String form = "/tasks/" + task.getId() + "/" + TakeHomeStage.FORM_SEND_TAKE_HOME;
        Map<String, String> fields = Map.of("reviewers", ids("ivan", "priya"));
        Visitor rita = journeySignedIn("rita");
        Visitor admin = journeySignedIn("admin");
        rita.get(form);
        AtomicReference<Page> first = new AtomicReference<>();
        meanwhile.arm(task.getId(), () -> first.set(admin.post(form, fields)));

        Page second = rita.post(form, fields);

        assertThat(meanwhile.ran()).isTrue();
        assertThat(first.get().status()).isEqualTo(302);
        assertThat(second.status()).as(second.html()).isEqualTo(409);
        assertThat(second.text("#task-unavailable")).contains("is already done");
        assertThat(history.createHistoricTaskInstanceQuery().taskId(task.getId()).singleResult().getAssignee())
                .isEqualTo("admin");
        assertThat(output.getAll()).as("an expected race, not an engine error").doesNotContain("ENGINE-16004");
    }

    @Test
    void shouldAnswerTheSecondScreeningWithTheAlreadyDonePageWhenTheFirstRejectedTheCandidateMeanwhile(CapturedOutput output) {
        HiringScenario scenario = new HiringScenario(context);
        long applicationId = scenario.addCandidate(scenario.openRequisition("beats"));
        Task screening = scenario.openTask(applicationId, HiringProcess.TASK_SCREEN);
        String form = "/tasks/" + screening.getId() + "/" + HiringProcess.FORM_SCREEN;
        Visitor rita = scenario.signedIn("rita");
        Visitor admin = scenario.signedIn("admin");
        AtomicReference<Page> first = new AtomicReference<>();
        meanwhile.arm(screening.getId(), () -> first.set(admin.post(form,
                Map.of("outcome", "REJECT", "reason", "No Go experience yet."))));

        Page second = rita.post(form, Map.of("outcome", "ADVANCE", "reason", ""));

        assertThat(meanwhile.ran()).isTrue();
        assertThat(first.get().status()).isEqualTo(302);
        assertThat(second.status()).as(second.html()).isEqualTo(409);
        assertThat(second.text("#task-unavailable")).contains("is already done");
        assertThat(output.getAll()).as("an expected race, not an engine error").doesNotContain("ENGINE-16004");
    }

    @Test
    void shouldAnswerTheScreeningFormPageWithTheAlreadyDonePageWhenItWasCompletedWhileItOpened(CapturedOutput output) {
        HiringScenario scenario = new HiringScenario(context);
        long applicationId = scenario.addCandidate(scenario.openRequisition("beats"));
        Task screening = scenario.openTask(applicationId, HiringProcess.TASK_SCREEN);
        String form = "/tasks/" + screening.getId() + "/" + HiringProcess.FORM_SCREEN;
        Visitor admin = scenario.signedIn("admin");
        AtomicReference<Page> first = new AtomicReference<>();
        meanwhile.arm(screening.getId(), () -> first.set(admin.post(form,
                Map.of("outcome", "REJECT", "reason", "No Go experience yet."))));

        Page page = scenario.signedIn("rita").get(form);

        assertThat(first.get().status()).isEqualTo(302);
        assertThat(page.status()).as(page.html()).isEqualTo(409);
        assertThat(output.getAll()).as("an expected race, not an engine error").doesNotContain("ENGINE-16004");
    }

    private Visitor journeySignedIn(String username) {
        return new HiringScenario(context).signedIn(username);
    }

    private String ids(String... usernames) {
        return String.join(",", java.util.Arrays.stream(usernames)
                .map(u -> String.valueOf(people.findByUsername(u).orElseThrow().id())).toList());
    }
}
