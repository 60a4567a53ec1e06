package dev.onramp.hiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.interview.TakeHomeStage;
import dev.onramp.system.OnrampAppTest;
import dev.onramp.system.WebTest;
import dev.onramp.system.WebTest.Page;
import dev.onramp.system.WebTest.Visitor;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The screening task's form, through MockMvc, driving the real hiring process. */
@OnrampAppTest
class ScreeningFormAppTest {

    @Autowired
    WebTest webTest;

    @Autowired
    ApplicationContext context;

    @Autowired
    TaskService taskService;

    @Autowired
    HistoryService history;

    private HiringScenario scenario;
    private long applicationId;
    private Task screening;

    @BeforeEach
    void addCandidate() {
        scenario = new HiringScenario(context);
        applicationId = scenario.addCandidate(scenario.openRequisition("beats"));
        screening = scenario.openTask(applicationId, HiringProcess.TASK_SCREEN);
        assertThat(screening).isNotNull();
    }

    private String form() {
        return "/tasks/" + screening.getId() + "/" + HiringProcess.FORM_SCREEN;
    }

    @Test
    void shouldOpenTheScreeningFromTheTaskListWithTheCandidateAndTheRequisition() {
        Visitor rita = scenario.signedIn("rita");
        Page opened = rita.get("/tasks/" + screening.getId());
        assertThat(opened.location()).endsWith(form());

        Page page = rita.follow(opened);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text("#candidate-name")).isEqualTo(HiringScenario.CANDIDATE_NAME);
        assertThat(page.text("#candidate-zone")).contains("Asia/Tokyo, where it is");
        assertThat(page.text("#candidate-country")).isEqualTo("Japan (JP)");
        assertThat(page.text("#candidate-source")).isEqualTo("Referral");
        assertThat(page.text("#requisition-link")).contains("Scenario engineer");
        assertThat(page.text("#screening-due")).startsWith("Due ").endsWith("(Europe/Madrid)");
        assertThat(page.one("a#resume-link").attr("href")).isEqualTo(HiringScenario.RESUME);
        assertThat(page.one("a#resume-link").attr("rel")).isEqualTo("noopener noreferrer");
    }

    @Test
    void shouldAdvanceTheCandidateToTheFirstStageOfTheTeamsLoop() {
        Visitor rita = scenario.signedIn("rita");
        Page done = rita.postForm(form(), form(), Map.of("outcome", "ADVANCE", "reason", ""));

        assertThat(done.status()).isEqualTo(302);
        assertThat(done.location()).endsWith("/applications/" + applicationId);
        assertThat(rita.follow(done).flash()).contains("The candidate moves on to the team\u2019s interview loop; its first stage is on the recruiters\u2019 task lists.");
        assertThat(scenario.openTask(applicationId, HiringProcess.TASK_SCREEN)).isNull();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(screening.getProcessInstanceId())
                .variableName(HiringProcess.VAR_SCREENING).singleResult().getValue())
                .isEqualTo(HiringProcess.SCREENING_ADVANCE);
        assertThat(history.createHistoricTaskInstanceQuery().taskId(screening.getId()).singleResult().getAssignee())
                .as("who screened").isEqualTo("rita");

        scenario.runAsyncJobs(applicationId);
        assertThat(scenario.openTask(applicationId, TakeHomeStage.TASK_SEND_TAKE_HOME))
                .as("Beats starts with its take-home, in a stage process of the same business key").isNotNull();
        assertThat(scenario.application(applicationId).status()).isEqualTo(Application.Status.ACTIVE);
    }

    @Test
    void shouldRejectWithTheReasonKeptOnTheApplicationAndNeverInTheProcess() {
        Visitor rita = scenario.signedIn("rita");
        Page done = rita.postForm(form(), form(),
                Map.of("outcome", "REJECT", "reason", "  No Go experience yet.  "));

        assertThat(rita.follow(done).flash()).contains("The candidate is rejected; the reason is kept on the application.");
        assertThat(scenario.application(applicationId).outcomeReason()).isEqualTo("No Go experience yet.");
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(screening.getProcessInstanceId())
                .list()).noneMatch(v -> String.valueOf(v.getValue()).contains("Go experience"));

        scenario.runAsyncJobs(applicationId);
        Application rejected = scenario.application(applicationId);
        assertThat(rejected.status()).isEqualTo(Application.Status.REJECTED);
        assertThat(rejected.outcomeStage()).isEqualTo(ApplicationOutcomes.STAGE_SCREENING);
        assertThat(rejected.endedAt()).isNotNull();
        assertThat(scenario.runningProcesses(applicationId)).isEmpty();
    }

    @Test
    void shouldAskForTheReasonOfARejectionAndKeepTheChoice() {
        Visitor rita = scenario.signedIn("rita");
        Page page = rita.postForm(form(), form(), Map.of("outcome", "REJECT", "reason", " "));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text("#reason-error")).isEqualTo("Say why the candidate is rejected.");
        assertThat(page.checked("#outcome-reject")).isTrue();
        assertThat(scenario.openTask(applicationId, HiringProcess.TASK_SCREEN)).as("still open").isNotNull();
        assertThat(scenario.application(applicationId).outcomeReason()).isNull();
    }

    @Test
    void shouldRefuseAReasonLongerThanTheApplicationKeepsAndKeepTheText() {
        Visitor rita = scenario.signedIn("rita");
        String tooLong = "x".repeat(ScreeningForm.MAX_REASON + 1);
        Page page = rita.postForm(form(), form(), Map.of("outcome", "REJECT", "reason", tooLong));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text("#reason-error")).isEqualTo("Use at most 1000 characters.");
        assertThat(page.value("textarea#reason")).isEqualTo(tooLong);
        assertThat(scenario.openTask(applicationId, HiringProcess.TASK_SCREEN)).isNotNull();
    }

    @Test
    void shouldAskForAnOutcome() {
        Visitor rita = scenario.signedIn("rita");
        Page page = rita.postForm(form(), form(), Map.of("reason", "Looks good"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text("#outcome-error")).isEqualTo("Choose advance or reject.");
        assertThat(page.value("textarea#reason")).isEqualTo("Looks good");
    }

    @Test
    void shouldShowTheConflictPageWhenTheScreeningIsSubmittedTwice() {
        Visitor rita = scenario.signedIn("rita");
        Map<String, String> advance = Map.of("outcome", "ADVANCE", "reason", "");
        assertThat(rita.post(form(), advance).status()).isEqualTo(302);

        Page again = rita.post(form(), advance);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("#task-unavailable")).contains("is already done");
        assertThat(rita.get(form()).status()).isEqualTo(409);
    }

    @Test
    void shouldShowTheConflictPageWhenAnotherRecruiterClaimedTheScreening() {
        Visitor rafael = scenario.signedIn("rafael");
        assertThat(rafael.postForm("/tasks", "/tasks/" + screening.getId() + "/claim", Map.of()).status())
                .isEqualTo(302);

        Visitor rita = scenario.signedIn("rita");
        Page page = rita.get(form());
        assertThat(page.status()).isEqualTo(409);
        assertThat(page.text("#task-unavailable")).contains("is claimed by rafael");
        assertThat(rita.post(form(), Map.of("outcome", "ADVANCE")).status()).isEqualTo(409);
        assertThat(scenario.openTask(applicationId, HiringProcess.TASK_SCREEN)).isNotNull();
    }

    @Test
    void shouldNotShowTheScreeningToSomeoneWhoIsNotARecruiter() {
        Visitor ivan = scenario.signedIn("ivan");
        assertThat(ivan.get(form()).status()).isEqualTo(404);
        assertThat(ivan.post(form(), Map.of("outcome", "ADVANCE")).status()).isEqualTo(404);
        assertThat(scenario.openTask(applicationId, HiringProcess.TASK_SCREEN)).isNotNull();
    }

    @Test
    void shouldNotOpenAnotherKindOfTaskAsAScreening() {
        Visitor rita = scenario.signedIn("rita");
        rita.postForm(form(), form(), Map.of("outcome", "ADVANCE"));
        scenario.runAsyncJobs(applicationId);
        Task takeHome = scenario.openTask(applicationId, TakeHomeStage.TASK_SEND_TAKE_HOME);

        assertThat(rita.get("/tasks/" + takeHome.getId() + "/" + HiringProcess.FORM_SCREEN).status()).isEqualTo(404);
    }
}
