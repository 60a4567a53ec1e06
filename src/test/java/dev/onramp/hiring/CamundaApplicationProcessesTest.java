package dev.onramp.hiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.onramp.ProcessTestEngine;
import org.springframework.context.ApplicationEventPublisher;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Camunda side of the hiring port, on the in-memory test engine with a stand-in model of the
 * same key (the real HiringProcess is modelled elsewhere); our tables are mocked.
 */
class CamundaApplicationProcessesTest {

    private static final String STUB = "dev/onramp/hiring/hiring-process-stub.bpmn";
    private static final RequisitionRepository.ProcessStart BEATS = new RequisitionRepository.ProcessStart("beats", "BeatsLoop", "hank");
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngine.withCoverage();

    private final ApplicationRepository applications = mock(ApplicationRepository.class);
    private RuntimeService runtime;
    private HistoryService history;
    private CamundaApplicationProcesses processes;

    @BeforeEach
    void wire() {
        runtime = engine.getRuntimeService();
        history = engine.getHistoryService();
        processes = new CamundaApplicationProcesses(runtime, applications,
                new ApplicationOutcomes(applications, mock(ApplicationEventPublisher.class), history,
                        Clock.fixed(NOW, ZoneOffset.UTC)));
    }

    private Application application(long id, String processInstanceId) {
        return new Application(id, 3, "Grace Hopper", "grace@example.com", "America/New_York", "US", null,
                Application.Source.REFERRAL, Application.Status.ACTIVE, null, null, null, 60, NOW, null, processInstanceId);
    }

    @Test
    @Deployment(resources = STUB)
    void shouldStartTheHiringProcessWithReferencesAndDecisionsOnly() {
        String instanceId = processes.start(7, 3, BEATS);

        var instance = runtime.createProcessInstanceQuery().processInstanceId(instanceId).singleResult();
        assertThat(instance.getBusinessKey()).isEqualTo("application-7");
        assertThat(runtime.getVariables(instanceId)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "applicationId", 7L,
                "requisitionId", 3L,
                "teamLoop", "BeatsLoop",
                "hiringManager", "hank",
                "team", "beats"));
        verify(applications).setProcessInstanceId(7, instanceId);
    }

    @Test
    void shouldSayNotStartedWhenNoHiringProcessIsDeployed() {
        assertThatThrownBy(() -> processes.start(7, 3, BEATS)).isInstanceOf(ApplicationProcesses.NotStartedException.class);
        verify(applications, never()).setProcessInstanceId(anyLong(), anyString());
    }

    @Test
    @Deployment(resources = STUB)
    void shouldDeleteTheRunningProcessAndMarkTheApplicationWhenTheRequisitionCloses() {
        String instanceId = processes.start(7, 3, BEATS);
        when(applications.get(7)).thenReturn(application(7, instanceId));

        processes.endForClosedRequisition(7);

        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instanceId).count()).isZero();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instanceId).singleResult().getDeleteReason())
                .isEqualTo("requisition closed");
        verify(applications).endForClosedRequisition(7, NOW);
    }

    @Test
    @Deployment(resources = STUB)
    void shouldStillMarkTheApplicationWhenItsProcessHasAlreadyEnded() {
        String instanceId = processes.start(8, 3, BEATS);
        var screen = engine.getTaskService().createTaskQuery().processInstanceId(instanceId).singleResult();
        engine.getTaskService().complete(screen.getId());
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instanceId).count()).isZero();
        when(applications.get(8)).thenReturn(application(8, instanceId));
        when(applications.get(9)).thenReturn(application(9, null));

        processes.endForClosedRequisition(8);
        processes.endForClosedRequisition(9);

        verify(applications).endForClosedRequisition(8, NOW);
        verify(applications).endForClosedRequisition(9, NOW);
    }
}
