package dev.onramp.decision;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.hiring.ApplicationRepository;
import dev.onramp.people.PersonRepository;
import dev.onramp.system.OnrampAppTest;
import dev.onramp.system.WebTest;
import dev.onramp.system.WebTest.Page;
import dev.onramp.system.WebTest.Visitor;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code /tasks/{id}/debrief} through MockMvc: the votes, the decision with its rationale, who may debrief. */
@OnrampAppTest
class DebriefPageTest {

    @Autowired
    WebTest webTest;

    @Autowired
    ApplicationRepository applications;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    ManagementService management;

    @Autowired
    HistoryService history;

    @Autowired
    DecisionRecordRepository decisions;

    @Autowired
    PersonRepository people;

    @Autowired
    dev.onramp.audit.AuditLog audit;

    DecideAndOfferDriver driver;

    @BeforeEach
    void driver() {
        driver = new DecideAndOfferDriver(runtime, tasks, management, history);
    }

    @AfterEach
    void cleanUp() {
        driver.cleanUp();
    }

    /** A fresh application whose votes (none yet) went to a debrief by the team's real rule. */
    private ProcessInstance debriefNeeded(long application) {
        ProcessInstance pi = driver.start(application);
        driver.runJob(pi, DecideAndOffer.TASK_APPLY_VOTING_RULE);
        assertThat(driver.isWaitingAt(pi, DecideAndOffer.TASK_DEBRIEF)).isTrue();
        return pi;
    }

    private Visitor signedIn(String username) {
        return webTest.signedIn(username);
    }

    /** A real application for the decision to be about. */
    private long freshApplication() {
        return DecideAndOfferDriver.freshApplication(applications, people.findByUsername("rita").orElseThrow().id());
    }

    @Test
    void shouldShowTheVotesAndRecordAHireWithItsRationale() {
        long application = freshApplication();
        ProcessInstance pi = debriefNeeded(application);
        String page = "/tasks/" + driver.task(pi, DecideAndOffer.TASK_DEBRIEF).getId() + "/debrief";
        Visitor hank = signedIn("hank");

        Page form = hank.get(page);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.one("#application-link").attr("href")).isEqualTo("/applications/" + application);
        assertThat(form.text("#application-link")).startsWith("Candidate: Decision Candidate ");
        assertThat(form.has("#debrief-scorecard")).isTrue();
        assertThat(form.text()).contains("nobody has voted");
        assertThat(form.text("#debrief-plus-ones")).isEqualTo("0");

        Page response = hank.postForm(page, page, Map.of("outcome", "HIRE", "rationale",
                "Strong take-home; the veto was about a misunderstanding we cleared up."));
        assertThat(response.status()).isEqualTo(302);
        assertThat(response.location()).endsWith("/tasks");
        assertThat(hank.follow(response).flash()).contains("The debrief decision is recorded: hire. The recruiters prepare the offer next.");

        assertThat(decisions.findByApplication(application)).hasSize(2).last().satisfies(record -> {
            assertThat(record.outcome()).isEqualTo("HIRE");
            assertThat(record.rule()).isEqualTo(DecisionRecord.RULE_DEBRIEF);
            assertThat(record.decidedBy()).isEqualTo(people.findByUsername("hank").orElseThrow().id());
            assertThat(record.rationale()).startsWith("Strong take-home");
        });
        assertThat(driver.isWaitingAt(pi, DecideAndOffer.TASK_PREPARE_OFFER)).isTrue();

        Page again = hank.postForm("/tasks", page, Map.of("outcome", "NO_HIRE", "rationale", "x"));
        assertThat(again.status()).as("a second submit").isEqualTo(409);
        assertThat(again.text("#task-unavailable")).contains("is already done");
        assertThat(decisions.findByApplication(application)).hasSize(2);
    }

    @Test
    void shouldAuditTheRulesDecisionAndTheDebriefWithoutTheRationale() {
        long application = freshApplication();
        ProcessInstance pi = debriefNeeded(application);
        String page = "/tasks/" + driver.task(pi, DecideAndOffer.TASK_DEBRIEF).getId() + "/debrief";
        assertThat(signedIn("hank").postForm(page, page, Map.of("outcome", "NO_HIRE", "rationale",
                "Private words about the candidate")).status()).isEqualTo(302);

        var entries = audit.search(new dev.onramp.audit.AuditFilter(dev.onramp.audit.AuditActions.DECISION_RECORDED,
                null, dev.onramp.audit.AuditActions.APPLICATION, String.valueOf(application), null, null), 0, 10)
                .entries();
        assertThat(entries).extracting(dev.onramp.audit.AuditEntry::actor).containsExactly("hank", "system");
        assertThat(entries.get(0).detail()).contains("outcome=NO_HIRE").contains("rule=debrief")
                .doesNotContain("Private words");
        assertThat(entries.get(1).detail()).contains("outcome=DEBRIEF");
    }

    @Test
    void shouldAskForARationaleAndKeepTheChoice() {
        ProcessInstance pi = debriefNeeded(freshApplication());
        String page = "/tasks/" + driver.task(pi, DecideAndOffer.TASK_DEBRIEF).getId() + "/debrief";
        Visitor hank = signedIn("hank");

        Page response = hank.postForm(page, page, Map.of("outcome", "NO_HIRE", "rationale", " "));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text("#rationale-error")).contains("Say why: the rationale goes into the candidate");
        assertThat(response.one("input[name=outcome][value=NO_HIRE]").hasAttr("checked")).isTrue();
        assertThat(driver.isWaitingAt(pi, DecideAndOffer.TASK_DEBRIEF)).isTrue();

        Page tooLong = hank.postForm(page, page, Map.of("outcome", "NO_HIRE", "rationale", "x".repeat(2001)));
        assertThat(tooLong.text("#rationale-error")).contains("at most 2000 characters");
        Page unknown = hank.postForm(page, page, Map.of("outcome", "MAYBE", "rationale", "Not sure."));
        assertThat(unknown.text("#outcome-error")).contains("Choose one of the decisions offered.");
        assertThat(driver.isWaitingAt(pi, DecideAndOffer.TASK_DEBRIEF)).isTrue();
    }

    @Test
    void shouldStartOneMoreInterviewAfterTheDebrief() {
        long application = freshApplication();
        ProcessInstance pi = debriefNeeded(application);
        String page = "/tasks/" + driver.task(pi, DecideAndOffer.TASK_DEBRIEF).getId() + "/debrief";

        signedIn("hank").postForm(page, page, Map.of("outcome", "ONE_MORE_INTERVIEW",
                "rationale", "We disagree on system design; one more conversation about it."));
        driver.runJob(pi, DecideAndOffer.CALL_ACTIVITY_EXTRA_INTERVIEW);

        assertThat(tasks.createTaskQuery().processInstanceBusinessKey("application-" + application)
                .taskDefinitionKey("Task_ScheduleInterview").singleResult().getName())
                .isEqualTo("Schedule interview: " + DecideAndOffer.EXTRA_INTERVIEW_STAGE_NAME);
        assertThat(decisions.findByApplication(application)).last()
                .extracting(DecisionRecord::outcome).isEqualTo("ONE_MORE_INTERVIEW");
    }

    @Test
    void shouldShowTheDebriefOnlyToTheHiringManager() {
        ProcessInstance pi = debriefNeeded(freshApplication());
        String page = "/tasks/" + driver.task(pi, DecideAndOffer.TASK_DEBRIEF).getId() + "/debrief";

        assertThat(signedIn("rita").get(page).status()).isEqualTo(404);
        assertThat(signedIn("ivan").get(page).status()).isEqualTo(404);
        assertThat(signedIn("hank").get("/tasks/no-such-task/debrief").status()).isEqualTo(404);
    }

    @Test
    void shouldListEveryDecisionWithItsRationaleOnTheApplicationPage() {
        long application = freshApplication();
        ProcessInstance pi = debriefNeeded(application);
        String page = "/tasks/" + driver.task(pi, DecideAndOffer.TASK_DEBRIEF).getId() + "/debrief";
        Visitor hank = signedIn("hank");
        assertThat(hank.postForm(page, page, Map.of("outcome", "ONE_MORE_INTERVIEW", "rationale",
                "A second <b>design</b> conversation settles it.")).status()).isEqualTo(302);

        Page body = signedIn("rita").get("/applications/" + application);
        assertThat(body.text("#decisions"))
                .contains("The team\u2019s voting rule: Debrief with the hiring manager (nobody has voted)")
                .contains("Debrief by " + people.findByUsername("hank").orElseThrow().displayName()
                        + ": One more interview")
                .contains("A second <b>design</b> conversation settles it.")
                .contains("votes +1: 0, 0: 0, -1: 0");
        assertThat(body.select("#decisions b")).as("the rationale is shown as text").isEmpty();
    }
}
