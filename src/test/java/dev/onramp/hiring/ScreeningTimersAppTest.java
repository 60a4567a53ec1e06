package dev.onramp.hiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.system.OnrampAppTest;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A screening that waits: recruiters are reminded after 3 working days, the hiring manager hears after 5. */
@OnrampAppTest
class ScreeningTimersAppTest {

    private static final Instant FRIDAY = Instant.parse("2026-12-04T10:00:00Z");
    private static final Instant WEDNESDAY = Instant.parse("2026-12-09T10:00:00Z");
    private static final Instant NEXT_FRIDAY = Instant.parse("2026-12-11T10:00:00Z");

    @Autowired
    ApplicationContext context;

    @Autowired
    ManagementService management;

    private HiringScenario scenario;
    private long applicationId;
    private long requisitionId;
    private Task screening;

    @BeforeEach
    void addCandidateOnAFriday() {
        ClockUtil.setCurrentTime(Date.from(FRIDAY));
        scenario = new HiringScenario(context);
        requisitionId = scenario.openRequisition("beats");
        applicationId = scenario.addCandidate(requisitionId);
        screening = scenario.openTask(applicationId, HiringProcess.TASK_SCREEN);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private boolean isDue(Job job) {
        return management.createJobQuery().jobId(job.getId()).executable().count() == 1;
    }

    @Test
    void shouldDateTheScreeningInWorkingDaysOverTheWeekend() {
        assertThat(screening.getDueDate()).isEqualTo(Date.from(WEDNESDAY));
        assertThat(scenario.timer(applicationId, HiringProcess.TIMER_SCREENING_REMINDER).getDuedate())
                .isEqualTo(Date.from(WEDNESDAY));
        assertThat(scenario.timer(applicationId, HiringProcess.TIMER_SCREENING_ESCALATION).getDuedate())
                .isEqualTo(Date.from(NEXT_FRIDAY));
    }

    @Test
    void shouldRemindEveryRecruiterWithALinkToTheScreeningButNotTheCandidatesName() {
        Job reminder = scenario.timer(applicationId, HiringProcess.TIMER_SCREENING_REMINDER);
        ClockUtil.setCurrentTime(Date.from(WEDNESDAY.minusSeconds(60)));
        assertThat(isDue(reminder)).isFalse();
        ClockUtil.setCurrentTime(Date.from(WEDNESDAY));
        assertThat(isDue(reminder)).isTrue();
        assertThat(isDue(scenario.timer(applicationId, HiringProcess.TIMER_SCREENING_ESCALATION))).isFalse();

        scenario.execute(reminder);

        String link = "/tasks/" + screening.getId();
        assertThat(scenario.notifications("rita", link)).containsExactly("notification.screening.reminder");
        assertThat(scenario.notifications("rafael", link)).containsExactly("notification.screening.reminder");
        assertThat(scenario.notifications("hank", link)).isEmpty();
        assertThat(scenario.notificationArgs("rita", link)).singleElement().satisfies(args -> assertThat(args)
                .contains(scenario.requisitionTitle(requisitionId)).contains(String.valueOf(applicationId))
                .doesNotContain(HiringScenario.CANDIDATE_NAME));
        assertThat(scenario.openTask(applicationId, HiringProcess.TASK_SCREEN)).as("the screening waits on").isNotNull();
    }

    @Test
    void shouldEscalateAStillOpenScreeningToTheHiringManager() {
        ClockUtil.setCurrentTime(Date.from(NEXT_FRIDAY));
        scenario.execute(scenario.timer(applicationId, HiringProcess.TIMER_SCREENING_REMINDER));
        Job escalation = scenario.timer(applicationId, HiringProcess.TIMER_SCREENING_ESCALATION);
        assertThat(isDue(escalation)).isTrue();

        scenario.execute(escalation);

        String link = "/applications/" + applicationId;
        assertThat(scenario.notifications("hank", link)).containsExactly("notification.screening.escalated");
        assertThat(scenario.notifications("rita", link)).isEmpty();
        assertThat(scenario.notificationArgs("hank", link)).singleElement().satisfies(args -> assertThat(args)
                .contains(scenario.requisitionTitle(requisitionId)).doesNotContain(HiringScenario.CANDIDATE_NAME));
        assertThat(scenario.openTask(applicationId, HiringProcess.TASK_SCREEN)).isNotNull();
    }

    @Test
    void shouldStopTheTimersOnceTheCandidateIsScreened() {
        var rita = scenario.signedIn("rita");
        String form = "/tasks/" + screening.getId() + "/screen";
        rita.postForm(form, form, java.util.Map.of("outcome", "REJECT", "reason", "Not now."));

        assertThat(scenario.runningProcesses(applicationId)).singleElement().satisfies(pi ->
                assertThat(management.createJobQuery().processInstanceId(pi.getId()).timers().count()).isZero());
    }
}
