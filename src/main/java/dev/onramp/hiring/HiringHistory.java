package dev.onramp.hiring;

import dev.onramp.loop.TeamLoop;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

/**
 * The engine's record of one application: its hiring process instance with everything it called (its loop, the
 * loop's stages, the decision), read from history so that start times and ended instances are there too (the
 * timeline). Where applications are now is {@link ApplicationLanes}, not this.
 */
@Component
class HiringHistory {

    private final HistoryService history;

    HiringHistory(HistoryService history) {
        this.history = history;
    }

    /** The hiring process instance {@code rootId} and everything under it, oldest first: one query. */
    List<HistoricProcessInstance> instancesUnder(String rootId) {
        return history.createHistoricProcessInstanceQuery().rootProcessInstanceId(rootId)
                .orderByProcessInstanceStartTime().asc().list();
    }

    /**
     * The key and name of each of these instances that is a stage, by instance id: one query. A stage is an
     * instance that its loop called with a {@link TeamLoop#VAR_STAGE_KEY}, whichever process runs it.
     */
    Map<String, Stage> stagesAmong(Collection<HistoricProcessInstance> instances) {
        String[] ids = instances.stream().filter(i -> !i.getId().equals(i.getRootProcessInstanceId()))
                .map(HistoricProcessInstance::getId).toArray(String[]::new);
        if (ids.length == 0) {
            return Map.of();
        }
        Map<String, String> keys = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery().processInstanceIdIn(ids)
                .variableNameIn(TeamLoop.VAR_STAGE_KEY, TeamLoop.VAR_STAGE_NAME).disableBinaryFetching().list()) {
            if (v.getValue() instanceof String value && v.getProcessInstanceId().equals(v.getExecutionId())) {
                (TeamLoop.VAR_STAGE_KEY.equals(v.getName()) ? keys : names).put(v.getProcessInstanceId(), value);
            }
        }
        Map<String, Stage> stages = new HashMap<>();
        for (HistoricProcessInstance instance : instances) {
            String key = keys.get(instance.getId());
            if (key != null) {
                stages.put(instance.getId(), new Stage(key, names.getOrDefault(instance.getId(), key), instance));
            }
        }
        return stages;
    }

    static boolean isDecision(HistoricProcessInstance instance) {
        return HiringProcess.CALLED_DECIDE_AND_OFFER.equals(instance.getProcessDefinitionKey());
    }

    static boolean isRunning(HistoricProcessInstance instance) {
        return instance.getEndTime() == null;
    }

    /** A stage instance with the {@code stageKey} and {@code stageName} its loop called it with. */
    record Stage(String key, String name, HistoricProcessInstance instance) {
    }
}
