package dev.onramp.hiring;

import dev.onramp.interview.InterviewStage;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;

/**
 * The stages of a team's loop, in loop order, read from the latest deployed version of its BPMN: every
 * call activity of the loop is a stage; its {@code stageKey} and {@code stageName} are the
 * {@code camunda:in sourceExpression}s it passes to the stage process, its scorecard the
 * {@code camunda:properties}. Loop order is the order of the flow (a stage after a parallel join comes
 * after every stage before the join); stages the flow does not reach come last, in document order.
 * <p>
 * Stand-in for the shared {@code LoopStages} service: swap it in when it lands.
 */
@Component
class BoardColumns {

    private final RepositoryService repository;

    BoardColumns(RepositoryService repository) {
        this.repository = repository;
    }

    /** The loop's stages in order; empty when no loop with this key is deployed. */
    List<Column> columnsFor(String loopKey) {
        ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionKey(loopKey)
                .latestVersion().singleResult();
        if (definition == null) {
            return List.of();
        }
        BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
        Process process = model.getModelElementById(definition.getKey());
        return inFlowOrder(process.getFlowElements().stream()
                .filter(FlowNode.class::isInstance).map(FlowNode.class::cast).toList())
                .stream().filter(CallActivity.class::isInstance).map(CallActivity.class::cast)
                .map(BoardColumns::column).toList();
    }

    /**
     * The nodes in the order the flow reaches them: a node comes once every node with a flow into it
     * has come (a boundary event after its activity). A cycle is broken at its first node in document order.
     */
    private static List<FlowNode> inFlowOrder(List<FlowNode> nodes) {
        Map<FlowNode, Set<FlowNode>> before = new HashMap<>();
        for (FlowNode node : nodes) {
            Set<FlowNode> predecessors = new LinkedHashSet<>();
            for (SequenceFlow flow : node.getIncoming()) {
                predecessors.add(flow.getSource());
            }
            if (node instanceof BoundaryEvent boundary && boundary.getAttachedTo() != null) {
                predecessors.add(boundary.getAttachedTo());
            }
            predecessors.retainAll(nodes);
            before.put(node, predecessors);
        }
        Set<FlowNode> placed = new LinkedHashSet<>();
        Deque<FlowNode> ready = new ArrayDeque<>();
        nodes.stream().filter(n -> before.get(n).isEmpty()).forEach(ready::add);
        while (placed.size() < nodes.size()) {
            if (ready.isEmpty()) {
                nodes.stream().filter(n -> !placed.contains(n)).findFirst().ifPresent(ready::add);
            }
            FlowNode node = ready.poll();
            if (!placed.add(node)) {
                continue;
            }
            for (SequenceFlow flow : node.getOutgoing()) {
                release(flow.getTarget(), placed, before, ready);
            }
            for (FlowNode other : nodes) {
                if (other instanceof BoundaryEvent boundary && boundary.getAttachedTo() == node) {
                    release(other, placed, before, ready);
                }
            }
        }
        return new ArrayList<>(placed);
    }

    private static void release(FlowNode next, Collection<FlowNode> placed, Map<FlowNode, Set<FlowNode>> before,
                                Deque<FlowNode> ready) {
        if (before.containsKey(next) && !placed.contains(next) && placed.containsAll(before.get(next))) {
            ready.add(next);
        }
    }

    private static Column column(CallActivity stage) {
        String stageKey = null;
        String stageName = null;
        Map<String, String> properties = new LinkedHashMap<>();
        if (stage.getExtensionElements() != null) {
            for (CamundaIn in : stage.getExtensionElements().getElementsQuery().filterByType(CamundaIn.class).list()) {
                if (InterviewStage.VAR_STAGE_KEY.equals(in.getCamundaTarget())) {
                    stageKey = in.getCamundaSourceExpression();
                } else if (InterviewStage.VAR_STAGE_NAME.equals(in.getCamundaTarget())) {
                    stageName = in.getCamundaSourceExpression();
                }
            }
            for (CamundaProperties list : stage.getExtensionElements().getElementsQuery()
                    .filterByType(CamundaProperties.class).list()) {
                for (CamundaProperty property : list.getCamundaProperties()) {
                    properties.put(property.getCamundaName(), property.getCamundaValue());
                }
            }
        }
        return new Column(stage.getId(), stageKey != null ? stageKey : stage.getId(),
                stageName != null ? stageName : stage.getName() != null ? stage.getName() : stage.getId(),
                Collections.unmodifiableMap(properties));
    }

    /**
     * One stage of a loop.
     *
     * @param activityId the stage's call activity in the loop
     * @param stageKey   the {@code stageKey} the stage is called with (the activity id if it passes none)
     * @param stageName  the {@code stageName} it is called with (else the activity's name)
     * @param properties its scorecard: kind, focus, notes, durationMinutes, panelSize
     */
    record Column(String activityId, String stageKey, String stageName, Map<String, String> properties) {
    }
}
