package dev.onramp.hiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.onramp.interview.Interview;
import dev.onramp.interview.InterviewRepository;
import dev.onramp.loop.Stage;
import dev.onramp.interview.TakeHomeStage;
import dev.onramp.system.OnrampAppTest;
import dev.onramp.system.WebTest;
import dev.onramp.system.WebTest.Page;
import dev.onramp.system.WebTest.Visitor;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Withdraw and reject at any time, from the application's page, through MockMvc and the real processes. */
@OnrampAppTest
class ApplicationActionsAppTest {

    @Autowired
    WebTest webTest;

    @Autowired
    ApplicationContext context;

    private HiringScenario scenario;
    private long applicationId;
    private Visitor rita;

    @BeforeEach
    void addCandidate() {
        scenario = new HiringScenario(context);
        applicationId = scenario.addCandidate(scenario.openRequisition("beats"));
        rita = scenario.signedIn("rita");
    }

    private String page() {
        return "/applications/" + applicationId;
    }

    private Page post(Visitor web, String action, String reason) {
        return web.postForm(page(), page() + "/" + action, Map.of("reason", reason));
    }

    /** Rita advances the candidate and the Beats loop starts its take-home stage. */
    private void advanceIntoTheLoop() {
        String form = "/tasks/" + scenario.openTask(applicationId, HiringProcess.TASK_SCREEN).getId() + "/screen";
        assertThat(rita.postForm(form, form, Map.of("outcome", "ADVANCE")).status()).isEqualTo(302);
        scenario.runAsyncJobs(applicationId);
        assertThat(scenario.openTask(applicationId, TakeHomeStage.TASK_SEND_TAKE_HOME)).isNotNull();
    }

    @Test
    void shouldShowTheActionsToRecruitersOnAnActiveApplicationOnly() {
        Page asRecruiter = rita.get(page());
        assertThat(asRecruiter.has("#application-actions")).isTrue();
        assertThat(asRecruiter.has("#application-actions #withdraw-form")).isTrue();
        assertThat(asRecruiter.has("#application-actions #reject-form")).isTrue();
        Visitor hank = scenario.signedIn("hank");
        Page asHiringManager = hank.get(page());
        assertThat(asHiringManager.status()).isEqualTo(200);
        assertThat(asHiringManager.has("#application-actions")).isFalse();

        post(rita, "reject", "Not a fit for this role.");
        scenario.runAsyncJobs(applicationId);
        assertThat(rita.get(page()).has("#application-actions")).isFalse();
    }

    @Test
    void shouldWithdrawDuringTheLoopAndCancelEveryTaskOfTheApplication() {
        advanceIntoTheLoop();
        assertThat(scenario.runningProcesses(applicationId)).as("hiring, loop and stage").hasSize(3);

        Page done = post(rita, "withdraw", "Accepted another offer.");
        assertThat(done.location()).endsWith(page());
        assertThat(rita.follow(done).flash()).contains("The withdrawal is recorded");

        assertThat(scenario.openTaskCount(applicationId)).as("no open task of the loop or its stages").isZero();
        assertThat(scenario.application(applicationId).outcomeReason()).isEqualTo("Accepted another offer.");
        scenario.runAsyncJobs(applicationId);

        Application withdrawn = scenario.application(applicationId);
        assertThat(withdrawn.status()).isEqualTo(Application.Status.WITHDRAWN);
        assertThat(withdrawn.outcomeStage()).as("the stage it was in").isEqualTo("take-home");
        assertThat(withdrawn.endedAt()).isNotNull();
        assertThat(scenario.runningProcesses(applicationId)).isEmpty();
        Page ended = rita.get(page());
        assertThat(ended.text("#application-status")).isEqualTo("Withdrawn");
        assertThat(ended.text("#outcome-reason")).isEqualTo("Accepted another offer.");
    }

    @Test
    void shouldSayWithdrawnAtOnceAndCancelTheScheduledInterviews() {
        advanceIntoTheLoop();
        InterviewRepository interviews = context.getBean(InterviewRepository.class);
        Instant start = Instant.now().plus(Duration.ofDays(2));
        long interview = interviews.insert(new InterviewRepository.NewInterview(applicationId, "take-home", "Take-home",
                Stage.Kind.TAKE_HOME, null, null, start, start.plus(Duration.ofHours(1)), scenario.personId("rita"),
                Instant.now()), List.of(scenario.personId("ivan")));

        Page page = rita.follow(post(rita, "withdraw", "Accepted another offer."));

        assertThat(page.text("#application-status")).as("before any job ran").isEqualTo("Withdrawn");
        assertThat(page.has("#withdraw-form")).as("before any job ran").isFalse();
        assertThat(scenario.application(applicationId).outcomeStage()).isEqualTo("take-home");
        assertThat(interviews.get(interview).status()).isEqualTo(Interview.Status.CANCELLED);
        scenario.runAsyncJobs(applicationId);
        assertThat(scenario.application(applicationId).status()).as("the process changes nothing after")
                .isEqualTo(Application.Status.WITHDRAWN);
    }

    @Test
    void shouldRejectAtAnyTimeDuringScreening() {
        Page done = post(rita, "reject", "  Role needs on-call in EMEA hours.  ");
        assertThat(rita.follow(done).flash()).contains("The candidate is rejected; their open interviews");
        assertThat(scenario.openTaskCount(applicationId)).isZero();

        scenario.runAsyncJobs(applicationId);
        Application rejected = scenario.application(applicationId);
        assertThat(rejected.status()).isEqualTo(Application.Status.REJECTED);
        assertThat(rejected.outcomeStage()).isEqualTo(ApplicationOutcomes.STAGE_SCREENING);
        assertThat(rejected.outcomeReason()).isEqualTo("Role needs on-call in EMEA hours.");
        assertThat(scenario.runningProcesses(applicationId)).isEmpty();
    }

    @Test
    void shouldKeepTheFirstOutcomeWhenTheApplicationIsAlreadyEnding() {
        post(rita, "reject", "Not a fit for this role.");

        Page whileRecording = post(rita, "withdraw", "Changed their mind.");
        assertThat(rita.follow(whileRecording).flash()).contains("This application has already ended; nothing changed.");
        assertThat(scenario.application(applicationId).outcomeReason()).as("rolled back")
                .isEqualTo("Not a fit for this role.");

        scenario.runAsyncJobs(applicationId);
        Page afterwards = post(rita, "withdraw", "Changed their mind.");
        assertThat(rita.follow(afterwards).flash()).contains("This application has already ended; nothing changed.");
        Application rejected = scenario.application(applicationId);
        assertThat(rejected.status()).isEqualTo(Application.Status.REJECTED);
        assertThat(rejected.outcomeReason()).isEqualTo("Not a fit for this role.");
    }

    @Test
    void shouldAskForTheReasonNextToTheFieldAndChangeNothing() {
        Page page = rita.follow(post(rita, "withdraw", "   "));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text("#withdraw-reason-error")).startsWith("Give the reason; it is kept on the application.");
        assertThat(page.has("#reject-reason-error")).isFalse();
        assertThat(scenario.application(applicationId).status()).isEqualTo(Application.Status.ACTIVE);
        assertThat(scenario.openTask(applicationId, HiringProcess.TASK_SCREEN)).isNotNull();
    }

    @Test
    void shouldKeepATooLongReasonInItsFieldWithTheError() {
        String tooLong = "y".repeat(1001);
        Page page = rita.follow(post(rita, "reject", tooLong));

        assertThat(page.text("#reject-reason-error")).startsWith("Use at most 1000 characters.");
        assertThat(page.value("textarea#reject-reason")).isEqualTo(tooLong);
        assertThat(scenario.application(applicationId).status()).isEqualTo(Application.Status.ACTIVE);
        Page reloaded = rita.get(page());
        assertThat(reloaded.has("#reject-reason-error")).as("the error shows once").isFalse();
        assertThat(reloaded.text()).as("the error shows once").doesNotContain(tooLong);
    }

    @Test
    void shouldLetOnlyRecruitersAndAdminsEndAnApplication() {
        Visitor hank = scenario.signedIn("hank");
        assertThat(post(hank, "withdraw", "Because.").status()).isEqualTo(403);
        Visitor ivan = scenario.signedIn("ivan");
        assertThat(ivan.post(page() + "/reject", Map.of("reason", "Because.")).status())
                .isEqualTo(403);
        assertThat(scenario.application(applicationId).status()).isEqualTo(Application.Status.ACTIVE);

        Visitor admin = scenario.signedIn("admin");
        post(admin, "reject", "Duplicate of another application.");
        scenario.runAsyncJobs(applicationId);
        assertThat(scenario.application(applicationId).status()).isEqualTo(Application.Status.REJECTED);
    }

    @Test
    void shouldChangeNothingWhenARecordingJobRunsAgain() throws Exception {
        post(rita, "reject", "Not a fit for this role.");
        scenario.runAsyncJobs(applicationId);
        Application rejected = scenario.application(applicationId);

        DelegateExecution retry = mock(DelegateExecution.class);
        doReturn(Variables.longValue(applicationId)).when(retry).getVariableTyped(HiringProcess.VAR_APPLICATION_ID);
        when(retry.getCurrentActivityId()).thenReturn(HiringProcess.TASK_RECORD_NO_HIRE);
        context.getBean(HiringProcess.BEAN_RECORD_REJECTION, JavaDelegate.class).execute(retry);
        context.getBean(HiringProcess.BEAN_RECORD_WITHDRAWAL, JavaDelegate.class).execute(retry);

        assertThat(scenario.application(applicationId)).isEqualTo(rejected);
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownApplication() {
        assertThat(rita.post("/applications/999999999/withdraw", Map.of("reason", "x")).status())
                .isEqualTo(404);
    }
}
