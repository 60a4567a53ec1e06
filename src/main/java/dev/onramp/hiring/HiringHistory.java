package dev.onramp.hiring;

import dev.onramp.loop.TeamLoop;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

/**
 * The engine's record of applications: each application's hiring process instance with everything it
 * called (its loop, the loop's stages, the decision), read from history so that start times and ended
 * instances are there too. A fixed number of queries however many applications are asked for.
 */
@Component
class HiringHistory {

    private final HistoryService history;

    HiringHistory(HistoryService history) {
        this.history = history;
    }

    /**
     * Every process instance of these applications' hiring processes, by the application's root instance
     * id: one query. Called instances carry the application's business key, so one
     * {@code processInstanceBusinessKeyIn} finds them all; the engine has no {@code superProcessInstanceIdIn},
     * and walking down level by level would cost a query per application and level. Instances with the key
     * that are not under the application's own process are left out.
     */
    Map<String, List<HistoricProcessInstance>> instancesOf(Collection<Application> applications) {
        Map<String, Long> roots = new HashMap<>();
        for (Application a : applications) {
            if (a.processInstanceId() != null) {
                roots.put(a.processInstanceId(), a.id());
            }
        }
        if (roots.isEmpty()) {
            return Map.of();
        }
        String[] keys = roots.values().stream().map(HiringProcess::businessKey).toArray(String[]::new);
        Map<String, List<HistoricProcessInstance>> byRoot = new HashMap<>();
        for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKeyIn(keys).orderByProcessInstanceStartTime().asc().list()) {
            if (roots.containsKey(instance.getRootProcessInstanceId())) {
                byRoot.computeIfAbsent(instance.getRootProcessInstanceId(), k -> new ArrayList<>()).add(instance);
            }
        }
        return byRoot;
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
