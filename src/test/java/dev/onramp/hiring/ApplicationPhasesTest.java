package dev.onramp.hiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.hiring.ApplicationLanes.Place;
import dev.onramp.hiring.ApplicationLanes.Step;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where an application is, read from the lane its process steps keep: the cases the lists and the page tell apart. */
class ApplicationPhasesTest {

    private static final Instant T = Instant.parse("2026-12-01T09:00:00Z");

    private static Application application(Application.Status status) {
        return new Application(1, 2, "Ada", "ada@example.com", "Europe/Oslo", "NO", null, Application.Source.INBOUND,
                status, "beat-in-go", null, null, 3, T, null, "root");
    }

    private static Step stage(String id, String key, String name) {
        return new Step(id, 1, key, name, "BeatsLoop:1:x", T);
    }

    private static Step decision() {
        return new Step("decision", 1, null, null, null, T);
    }

    @Test
    void shouldBeInScreeningWhileOnlyTheHiringProcessRuns() {
        assertThat(ApplicationPhases.phase(application(Application.Status.ACTIVE),
                new Place(ApplicationLanes.SCREENING, T, List.of()))).isEqualTo(ApplicationPhase.SCREENING);
    }

    @Test
    void shouldBeInScreeningWhenNoLaneIsKnown() {
        assertThat(ApplicationPhases.phase(application(Application.Status.ACTIVE), null))
                .isEqualTo(ApplicationPhase.SCREENING);
    }

    @Test
    void shouldBeInTheRunningStageByItsName() {
        assertThat(ApplicationPhases.phase(application(Application.Status.ACTIVE),
                new Place("panel", T, List.of(stage("stage", "panel", "Technical panel")))))
                .isEqualTo(new ApplicationPhase(ApplicationPhase.Kind.STAGE, "Technical panel"));
    }

    @Test
    void shouldNameEveryStageThatRunsAtOnceOnce() {
        assertThat(ApplicationPhases.phase(application(Application.Status.ACTIVE), new Place("deep-dive", T,
                List.of(stage("a", "deep-dive", "Deep dive"), stage("b", "distributed", "Distributed work"),
                        stage("c", "deep-dive", "Deep dive")))))
                .isEqualTo(new ApplicationPhase(ApplicationPhase.Kind.STAGE, "Deep dive, Distributed work"));
    }

    @Test
    void shouldBeInTheDecisionWhileTheOfferWaitsForApprovalNotInTheLastStage() {
        assertThat(ApplicationPhases.phase(application(Application.Status.ACTIVE),
                new Place(ApplicationLanes.DECISION, T, List.of(decision()))).kind())
                .isEqualTo(ApplicationPhase.Kind.DECISION);
    }

    @Test
    void shouldBeWrappingUpOnceTheDecisionEndedAndTheHiringProcessStillRuns() {
        assertThat(ApplicationPhases.phase(application(Application.Status.ACTIVE),
                new Place(ApplicationLanes.DECISION, T, List.of())).kind())
                .isEqualTo(ApplicationPhase.Kind.WRAPPING_UP);
    }

    @Test
    void shouldBeBetweenStagesWhileTheLoopRunsWithoutAStage() {
        assertThat(ApplicationPhases.phase(application(Application.Status.ACTIVE),
                new Place("beat-in-go", T, List.of())).kind())
                .isEqualTo(ApplicationPhase.Kind.BETWEEN_STAGES);
    }

    @Test
    void shouldHaveEndedWhenTheApplicationEndedWhateverStillRuns() {
        assertThat(ApplicationPhases.phase(application(Application.Status.WITHDRAWN),
                new Place("panel", T, List.of(stage("stage", "panel", "Technical panel")))))
                .isEqualTo(ApplicationPhase.ENDED);
    }

    @Test
    void shouldHaveEndedWhenTheHiringProcessEndedWithoutAnOutcome() {
        assertThat(ApplicationPhases.phase(application(Application.Status.ACTIVE),
                new Place(ApplicationLanes.ENDED, T, List.of()))).isEqualTo(ApplicationPhase.ENDED);
    }
}
