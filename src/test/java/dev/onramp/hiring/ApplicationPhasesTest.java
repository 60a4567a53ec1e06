package dev.onramp.hiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.onramp.hiring.HiringHistory.Stage;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;

/** Where an application is, read from its process instances: the cases the lists and the page tell apart. */
class ApplicationPhasesTest {

    private static final String ROOT = "root";

    private static Application application(Application.Status status) {
        return new Application(1, 2, "Ada", "ada@example.com", "Europe/Oslo", "NO", null, Application.Source.INBOUND,
                status, "beat-in-go", null, null, 3, Instant.now(), null, ROOT);
    }

    private static HistoricProcessInstance instance(String id, String key, boolean running) {
        HistoricProcessInstance instance = mock(HistoricProcessInstance.class);
        when(instance.getId()).thenReturn(id);
        when(instance.getRootProcessInstanceId()).thenReturn(ROOT);
        when(instance.getProcessDefinitionKey()).thenReturn(key);
        when(instance.getEndTime()).thenReturn(running ? null : new Date());
        return instance;
    }

    private final HistoricProcessInstance root = instance(ROOT, HiringProcess.KEY, true);

    @Test
    void shouldBeInScreeningWhileOnlyTheHiringProcessRuns() {
        assertThat(ApplicationPhases.phase(application(Application.Status.ACTIVE), List.of(root), Map.of()))
                .isEqualTo(ApplicationPhase.SCREENING);
    }

    @Test
    void shouldBeInTheRunningStageByItsName() {
        HistoricProcessInstance loop = instance("loop", "BeatsLoop", true);
        HistoricProcessInstance done = instance("done", "TakeHomeStage", false);
        HistoricProcessInstance stage = instance("stage", "InterviewStage", true);
        Map<String, Stage> stages = Map.of("done", new Stage("beat-in-go", "A small Beat in Go", done),
                "stage", new Stage("panel", "Technical panel", stage));

        assertThat(ApplicationPhases.phase(application(Application.Status.ACTIVE), List.of(root, loop, done, stage), stages))
                .isEqualTo(new ApplicationPhase(ApplicationPhase.Kind.STAGE, "Technical panel"));
    }

    @Test
    void shouldBeInTheDecisionWhileTheOfferWaitsForApprovalNotInTheLastStage() {
        HistoricProcessInstance loop = instance("loop", "BeatsLoop", false);
        HistoricProcessInstance last = instance("last", "InterviewStage", false);
        HistoricProcessInstance decision = instance("decision", HiringProcess.CALLED_DECIDE_AND_OFFER, true);
        Map<String, Stage> stages = Map.of("last", new Stage("team-fit", "Team fit and async work", last));

        assertThat(ApplicationPhases.phase(application(Application.Status.ACTIVE), List.of(root, loop, last, decision),
                stages).kind()).isEqualTo(ApplicationPhase.Kind.DECISION);
    }

    @Test
    void shouldBeBetweenStagesWhileTheLoopRunsWithoutAStage() {
        HistoricProcessInstance loop = instance("loop", "BeatsLoop", true);

        assertThat(ApplicationPhases.phase(application(Application.Status.ACTIVE), List.of(root, loop), Map.of()).kind())
                .isEqualTo(ApplicationPhase.Kind.BETWEEN_STAGES);
    }

    @Test
    void shouldHaveEndedWhenTheApplicationEndedWhateverStillRuns() {
        assertThat(ApplicationPhases.phase(application(Application.Status.WITHDRAWN), List.of(root), Map.of()))
                .isEqualTo(ApplicationPhase.ENDED);
    }
}
