package dev.onramp.hiring;

import dev.onramp.loop.TeamLoop;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.variable.value.LongValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Ends an application from one of the hiring process's service tasks: its status, the stage it ended at and
 * when. The reason was saved by the person's action before the process heard of it.
 */
@Component
class ApplicationOutcomes {

    /** The outcome stage of an application that never left screening. */
    static final String STAGE_SCREENING = "screening";
    /** The outcome stage of an application that reached the decision. */
    static final String STAGE_DECISION = "decision";

    private static final Logger log = LoggerFactory.getLogger(ApplicationOutcomes.class);

    private final ApplicationRepository applications;
    private final ApplicationEventPublisher events;
    private final HistoryService history;
    private final Clock clock;

    ApplicationOutcomes(ApplicationRepository applications, ApplicationEventPublisher events, HistoryService history,
                        Clock clock) {
        this.applications = applications;
        this.events = events;
        this.history = history;
        this.clock = clock;
    }

    /** The application a hiring, loop or stage process runs for. */
    static long applicationId(VariableScope scope) {
        LongValue id = scope.getVariableTyped(HiringProcess.VAR_APPLICATION_ID);
        return id.getValue();
    }

    /**
     * Ends the application of this process with {@code status}; true when this call ended it, false when it had
     * ended already (a retried job), which changes nothing.
     */
    boolean end(VariableScope execution, Application.Status status) {
        long id = applicationId(execution);
        Application application = applications.get(id);
        boolean ended = record(id, status, stageOf(application));
        if (ended) {
            log.info("Application {} ended: {}", id, status);
        } else {
            log.info("Application {} had already ended ({}); {} not recorded", id, application.status(), status);
        }
        return ended;
    }

    /**
     * Ends an active application now with {@code status} at {@code stage} and tells the features that it ended
     * ({@link ApplicationEnded}: its scheduled interviews are cancelled); false when it had ended already (nothing
     * changes then).
     */
    boolean record(long id, Application.Status status, String stage) {
        boolean ended = applications.recordOutcome(id, status, stage, clock.instant());
        if (ended) {
            events.publishEvent(new ApplicationEnded(id, status));
        }
        return ended;
    }

    /** Ends an active application because its requisition closed ({@link ApplicationEnded} as well). */
    void recordRequisitionClosed(long id) {
        if (applications.endForClosedRequisition(id, clock.instant())) {
            events.publishEvent(new ApplicationEnded(id, Application.Status.REQUISITION_CLOSED));
        }
    }

    /**
     * Where the application is: the decision once it was asked for; otherwise the stage the application records,
     * or else the stage process the engine started last for it; screening before its loop.
     */
    String stageOf(Application application) {
        String businessKey = HiringProcess.businessKey(application.id());
        List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(businessKey).list();
        if (instances.stream().anyMatch(HiringHistory::isDecision)) {
            return STAGE_DECISION;
        }
        if (application.stage() != null) {
            return application.stage();
        }
        Map<String, HistoricProcessInstance> byId = instances.stream()
                .collect(Collectors.toMap(HistoricProcessInstance::getId, i -> i));
        if (byId.isEmpty()) {
            return STAGE_SCREENING;
        }
        // a stage is an instance its loop called with a stage key; the one started last
        return history.createHistoricVariableInstanceQuery().processInstanceIdIn(byId.keySet().toArray(String[]::new))
                .variableName(TeamLoop.VAR_STAGE_KEY).list().stream()
                .filter(v -> v.getValue() instanceof String && v.getProcessInstanceId().equals(v.getExecutionId()))
                .max(Comparator.comparing((HistoricVariableInstance v) -> byId.get(v.getProcessInstanceId()).getStartTime()))
                .map(v -> (String) v.getValue())
                .orElse(STAGE_SCREENING);
    }
}
