package dev.onramp.loop;

import dev.onramp.system.NotFoundException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Service;

/**
 * The stages of a team's loop, read from its deployed model: every call activity with a scorecard
 * ({@code <camunda:properties>}, see {@link TeamLoop}) and the {@code stageKey}/{@code stageName} it passes in.
 * Deployed definitions never change, so each definition is read once and cached by its id.
 */
@Service
public class LoopStages {

    private final RepositoryService repository;
    private final Map<String, List<Stage>> cache = new ConcurrentHashMap<>();
    private final Map<String, List<String>> activityCache = new ConcurrentHashMap<>();

    public LoopStages(RepositoryService repository) {
        this.repository = repository;
    }

    /** The stages of one deployed loop definition, in the order of its flow. */
    public List<Stage> stagesOf(String processDefinitionId) {
        return cache.computeIfAbsent(processDefinitionId, id -> read(repository.getBpmnModelInstance(id)));
    }

    /** The stages of the latest deployed version of a loop, such as {@link BeatsLoop#KEY}. */
    public List<Stage> latestStagesOf(String loopKey) {
        ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(loopKey)
                .latestVersion().singleResult();
        if (latest == null) {
            throw new NotFoundException("loop", loopKey);
        }
        return stagesOf(latest.getId());
    }

    /** One stage of a deployed loop definition by its key; 404 when the loop has no such stage. */
    public Stage stage(String processDefinitionId, String stageKey) {
        return stagesOf(processDefinitionId).stream().filter(s -> s.key().equals(stageKey)).findFirst()
                .orElseThrow(() -> new NotFoundException("stage", stageKey));
    }

    /**
     * The stages of a loop model that is not deployed through the engine (read from its tables by a migration), in the
     * order of its flow, as {@link #stagesOf} has them.
     */
    public static List<Stage> stagesIn(BpmnModelInstance model) {
        return read(model);
    }

    /**
     * The ids of the stage call activities of every deployed version of a loop, in the order of the flow: the latest
     * version's stages first, then those that only earlier versions had (newest version first, each in its own
     * order). Stages held in parallel come one after the other, in the model's order. Empty for an unknown loop.
     */
    public List<String> stageActivitiesInFlowOrder(String loopKey) {
        List<String> ids = new ArrayList<>();
        for (ProcessDefinition definition : repository.createProcessDefinitionQuery().processDefinitionKey(loopKey)
                .orderByProcessDefinitionVersion().desc().list()) {
            for (String id : activityCache.computeIfAbsent(definition.getId(),
                    d -> stageActivities(repository.getBpmnModelInstance(d)).stream().map(CallActivity::getId).toList())) {
                if (!ids.contains(id)) {
                    ids.add(id);
                }
            }
        }
        return List.copyOf(ids);
    }

    static List<Stage> read(BpmnModelInstance model) {
        List<Stage> stages = new ArrayList<>();
        for (CallActivity activity : stageActivities(model)) {
            Map<String, String> p = properties(activity);
            Map<String, String> in = constantsPassedIn(activity);
            String key = in.get(TeamLoop.VAR_STAGE_KEY);
            if (key == null) {
                throw new IllegalStateException(activity.getId() + " passes no " + TeamLoop.VAR_STAGE_KEY);
            }
            stages.add(new Stage(key, in.getOrDefault(TeamLoop.VAR_STAGE_NAME, key),
                    Stage.Kind.valueOf(p.get(TeamLoop.PROPERTY_KIND)), focus(p.get(TeamLoop.PROPERTY_FOCUS)),
                    p.getOrDefault(TeamLoop.PROPERTY_NOTES, ""),
                    Integer.parseInt(p.get(TeamLoop.PROPERTY_DURATION_MINUTES)),
                    Integer.parseInt(p.get(TeamLoop.PROPERTY_PANEL_SIZE)), stages.size() + 1));
        }
        return List.copyOf(stages);
    }

    /** The call activities with a scorecard, by their longest distance from the start, then in document order. */
    private static List<CallActivity> stageActivities(BpmnModelInstance model) {
        Map<String, Integer> depth = depths(model);
        List<CallActivity> activities = new ArrayList<>(model.getModelElementsByType(CallActivity.class));
        List<String> documentOrder = activities.stream().map(CallActivity::getId).toList();
        activities.removeIf(a -> properties(a).isEmpty());
        activities.sort(Comparator.comparingInt((CallActivity a) -> depth.getOrDefault(a.getId(), Integer.MAX_VALUE))
                .thenComparingInt(a -> documentOrder.indexOf(a.getId())));
        return activities;
    }

    /** Longest distance of each node from a start event (loops are acyclic), so a join comes after its branches. */
    private static Map<String, Integer> depths(BpmnModelInstance model) {
        Map<String, Integer> depth = new HashMap<>();
        List<FlowNode> frontier = new ArrayList<>();
        for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
            if (start.getParentElement() instanceof org.camunda.bpm.model.bpmn.instance.Process) {
                depth.put(start.getId(), 0);
                frontier.add(start);
            }
        }
        int guard = model.getModelElementsByType(FlowNode.class).size() + 1;
        for (int round = 0; round < guard && !frontier.isEmpty(); round++) {
            List<FlowNode> next = new ArrayList<>();
            for (FlowNode node : frontier) {
                int d = depth.get(node.getId()) + 1;
                for (SequenceFlow flow : node.getOutgoing()) {
                    FlowNode target = flow.getTarget();
                    if (depth.getOrDefault(target.getId(), -1) < d) {
                        depth.put(target.getId(), d);
                        next.add(target);
                    }
                }
            }
            frontier = next;
        }
        return depth;
    }

    private static Map<String, String> properties(CallActivity activity) {
        Map<String, String> result = new HashMap<>();
        if (activity.getExtensionElements() == null) {
            return result;
        }
        Collection<CamundaProperties> all = activity.getExtensionElements().getChildElementsByType(CamundaProperties.class);
        for (CamundaProperties properties : all) {
            for (CamundaProperty property : properties.getCamundaProperties()) {
                result.put(property.getCamundaName(), property.getCamundaValue());
            }
        }
        return result;
    }

    /** {@code <camunda:in sourceExpression="constant" target="…"/>}: the stage's key and name. */
    private static Map<String, String> constantsPassedIn(CallActivity activity) {
        Map<String, String> result = new HashMap<>();
        for (CamundaIn in : activity.getExtensionElements().getChildElementsByType(CamundaIn.class)) {
            if (in.getCamundaSourceExpression() != null && in.getCamundaTarget() != null) {
                result.put(in.getCamundaTarget(), in.getCamundaSourceExpression());
            }
        }
        return result;
    }

    private static List<String> focus(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
