package dev.onramp.hiring;

import dev.onramp.loop.TeamLoop;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link ApplicationLanes} with the processes: the Camunda Spring Boot starter's event bridge
 * ({@code camunda.bpm.eventing.execution}, on by default; not skippable here, see {@code application.yaml}) adds an
 * execution listener to every process and element of every model when the engine parses it, old versions included,
 * and publishes each event inside the engine's command. Of those, this listener takes the start and end of whole
 * process instances that carry an application's business key: a stage (an instance its loop called with a
 * {@link TeamLoop#VAR_STAGE_KEY}), the decision ({@link HiringProcess#CALLED_DECIDE_AND_OFFER}), and the end of the
 * hiring process itself. It records; it never steers the process.
 */
@Component
class LaneRecorder {

    private final ApplicationLanes lanes;
    private final RepositoryService repository;
    private final Clock clock;
    /** Process definition id to key; deployed definitions never change. */
    private final Map<String, String> definitionKeys = new ConcurrentHashMap<>();

    LaneRecorder(ApplicationLanes lanes, RepositoryService repository, Clock clock) {
        this.lanes = lanes;
        this.repository = repository;
        this.clock = clock;
    }

    @EventListener
    void on(DelegateExecution execution) {
        String event = execution.getEventName();
        boolean start = ExecutionListener.EVENTNAME_START.equals(event);
        if (!start && !ExecutionListener.EVENTNAME_END.equals(event)) {
            return;
        }
        // the process instance itself, not one of its elements: when the instance starts it has no activity instance
        // yet, and when it ends (completed or deleted) its activity instance is the instance; an element's events
        // carry the element's own activity instance
        String instanceId = execution.getProcessInstanceId();
        String activityInstanceId = execution.getActivityInstanceId();
        if (!instanceId.equals(execution.getId())
                || (start ? activityInstanceId != null : !instanceId.equals(activityInstanceId))) {
            return;
        }
        Long applicationId = HiringProcess.applicationId(execution.getProcessBusinessKey());
        if (applicationId == null) {
            return;
        }
        boolean hiring = execution.getSuperExecution() == null;
        if (hiring) {
            if (!start) {
                lanes.hiringEnded(applicationId, clock.instant());
            }
        } else if (!start) {
            lanes.stepEnded(applicationId, instanceId);
        } else if (execution.getVariableLocal(TeamLoop.VAR_STAGE_KEY) instanceof String stageKey) {
            String name = execution.getVariableLocal(TeamLoop.VAR_STAGE_NAME) instanceof String n ? n : stageKey;
            lanes.stageStarted(applicationId, instanceId, stageKey, name,
                    execution.getSuperExecution().getProcessDefinitionId(), clock.instant());
        } else if (HiringProcess.CALLED_DECIDE_AND_OFFER.equals(keyOf(execution.getProcessDefinitionId()))) {
            lanes.decisionStarted(applicationId, instanceId, clock.instant());
        }
    }

    private String keyOf(String definitionId) {
        return definitionKeys.computeIfAbsent(definitionId, id -> repository.getProcessDefinition(id).getKey());
    }
}
