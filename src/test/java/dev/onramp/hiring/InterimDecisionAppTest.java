package dev.onramp.hiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.decision.DecideAndOffer;
import dev.onramp.interview.BeatsLoop;
import dev.onramp.system.OnrampAppTest;
import dev.onramp.system.WebClient;
import java.net.http.HttpResponse;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The hiring manager's interim decision, on a hiring process started at the decision (the loops are other
 * people's tests), through to the recorded outcome and the hand-off to onboarding.
 */
@OnrampAppTest
@RecordApplicationEvents
class InterimDecisionAppTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ApplicationEvents events;

    private HiringScenario scenario;
    private long requisitionId;
    private long applicationId;
    private Task decision;

    @BeforeEach
    void startAtTheDecision() {
        scenario = new HiringScenario(port, context);
        requisitionId = scenario.openRequisition("beats");
        applicationId = scenario.insertApplication(requisitionId);
        runtime.createProcessInstanceByKey(HiringProcess.KEY).businessKey(HiringProcess.businessKey(applicationId))
                .setVariables(HiringProcess.startVariables(applicationId, requisitionId, "beats", BeatsLoop.KEY, "hank"))
                .startBeforeActivity(HiringProcess.CALL_ACTIVITY_DECIDE_AND_OFFER)
                .execute();
        decision = scenario.openTask(applicationId, DecideAndOffer.TASK_RECORD_DECISION);
        assertThat(decision.getAssignee()).isEqualTo("hank");
    }

    private String form() {
        return "/tasks/" + decision.getId() + "/" + DecideAndOffer.FORM_DECIDE;
    }

    @Test
    void shouldOpenTheDecisionForTheHiringManagerFromTheTaskList() {
        WebClient hank = scenario.signedIn("hank");
        HttpResponse<String> opened = hank.get("/tasks/" + decision.getId());
        assertThat(opened.headers().firstValue("Location").orElseThrow()).endsWith(form());
        HttpResponse<String> page = hank.follow(opened);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Decide on " + HiringScenario.CANDIDATE_NAME)
                .contains(scenario.requisitionTitle(requisitionId))
                .contains("href=\"/applications/" + applicationId + "\"");
    }

    @Test
    void shouldRecordANoHireWithItsRationale() {
        WebClient hank = scenario.signedIn("hank");
        HttpResponse<String> done = hank.postForm(form(), form(),
                Map.of("decision", "NO_HIRE", "rationale", "Two vetoes on operational judgement."));

        assertThat(done.headers().firstValue("Location").orElseThrow()).endsWith("/applications/" + applicationId);
        assertThat(hank.follow(done).body()).contains("No hire recorded");
        scenario.runAsyncJobs(applicationId);

        Application notHired = scenario.application(applicationId);
        assertThat(notHired.status()).isEqualTo(Application.Status.NOT_HIRED);
        assertThat(notHired.outcomeStage()).isEqualTo(ApplicationOutcomes.STAGE_DECISION);
        assertThat(notHired.outcomeReason()).isEqualTo("Two vetoes on operational judgement.");
        assertThat(events.stream(CandidateHired.class)).isEmpty();
        assertThat(scenario.runningProcesses(applicationId)).isEmpty();
    }

    @Test
    void shouldHandAHireOverToOnboardingOnce() {
        WebClient hank = scenario.signedIn("hank");
        hank.postForm(form(), form(), Map.of("decision", "HIRE", "rationale", "Strong panel, clear async habits."));
        scenario.runAsyncJobs(applicationId);

        Application hired = scenario.application(applicationId);
        assertThat(hired.status()).isEqualTo(Application.Status.HIRED);
        assertThat(hired.outcomeStage()).isEqualTo(ApplicationOutcomes.STAGE_DECISION);
        assertThat(hired.endedAt()).isNotNull();
        assertThat(events.stream(CandidateHired.class))
                .containsExactly(new CandidateHired(applicationId, requisitionId));
    }

    @Test
    void shouldAskForADecisionAndARationaleAndKeepTheInput() {
        WebClient hank = scenario.signedIn("hank");
        HttpResponse<String> page = hank.postForm(form(), form(), Map.of("rationale", "Still thinking"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Choose hire or no hire.").contains(">Still thinking</textarea>");

        page = hank.postForm(form(), form(), Map.of("decision", "NO_HIRE", "rationale", ""));
        assertThat(page.body()).contains("Say why").containsPattern("id=\"decision-no-hire\"[^>]*checked");
        assertThat(scenario.openTask(applicationId, DecideAndOffer.TASK_RECORD_DECISION)).isNotNull();
    }

    @Test
    void shouldKeepTheDecisionToItsHiringManager() {
        WebClient rita = scenario.signedIn("rita");
        assertThat(rita.get(form()).statusCode()).isEqualTo(404);
        WebClient hank = scenario.signedIn("hank");
        assertThat(hank.get("/tasks/" + decision.getId() + "/" + HiringProcess.FORM_SCREEN).statusCode())
                .as("not a screening").isEqualTo(404);

        String token = WebClient.csrfToken(hank.get(form()).body());
        Map<String, String> hire = Map.of("decision", "HIRE", "rationale", "Yes.");
        assertThat(hank.postWithToken(form(), hire, token).statusCode()).isEqualTo(302);
        assertThat(hank.postWithToken(form(), hire, token).statusCode()).as("twice").isEqualTo(409);
    }
}
