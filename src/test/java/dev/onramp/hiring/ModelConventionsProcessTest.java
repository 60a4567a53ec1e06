package dev.onramp.hiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The rules every model under {@code processes/} keeps, so the ids stay API and every model opens in the Modeler. */
class ModelConventionsProcessTest {

    /** {@code Task_Screen}, {@code SequenceFlow_ScreenRejected}; never {@code Activity_0x1…}, {@code Flow_1…}, {@code StartEvent_1}. */
    private static final String NAMED_ID = "[A-Z][A-Za-z]+_[A-Z][A-Za-z]+";

    static Stream<Resource> models() throws IOException {
        Resource[] resources = new PathMatchingResourcePatternResolver()
                .getResources("classpath:processes/**/*.bpmn");
        assertThat(resources).as("models on the classpath").isNotEmpty();
        return Arrays.stream(resources);
    }

    @ParameterizedTest
    @MethodSource("models")
    void shouldBeExecutableWithAHistoryTimeToLive(Resource resource) throws IOException {
        assertThat(read(resource).getModelElementsByType(Process.class)).isNotEmpty().allSatisfy(process -> {
            assertThat(process.isExecutable()).as("%s is executable", process.getId()).isTrue();
            assertThat(process.getCamundaHistoryTimeToLiveString()).as("%s history TTL", process.getId())
                    .isEqualTo("P180D");
            assertThat(process.getId()).matches("[A-Z][A-Za-z]+");
        });
    }

    @ParameterizedTest
    @MethodSource("models")
    void shouldNameEveryId(Resource resource) throws IOException {
        BpmnModelInstance model = read(resource);
        Stream<BaseElement> elements = Stream.of(FlowElement.class, EventDefinition.class, Message.class)
                .flatMap(type -> model.getModelElementsByType(type).stream());
        assertThat(elements.map(BaseElement::getId)).allSatisfy(id -> assertThat(id).matches(NAMED_ID));
    }

    @ParameterizedTest
    @MethodSource("models")
    void shouldDrawEveryElement(Resource resource) throws IOException {
        BpmnModelInstance model = read(resource);
        Set<String> shapes = drawn(model.getModelElementsByType(BpmnShape.class).stream()
                .map(shape -> shape.getBpmnElement()));
        Set<String> edges = drawn(model.getModelElementsByType(BpmnEdge.class).stream()
                .map(edge -> edge.getBpmnElement()));
        assertThat(ids(model.getModelElementsByType(FlowNode.class))).allSatisfy(id -> assertThat(shapes).contains(id));
        assertThat(ids(model.getModelElementsByType(SequenceFlow.class)))
                .allSatisfy(id -> assertThat(edges).contains(id));
        assertThat(model.getModelElementsByType(BpmnEdge.class))
                .allSatisfy(edge -> assertThat(edge.getWaypoints()).hasSizeGreaterThanOrEqualTo(2));
    }

    @ParameterizedTest
    @MethodSource("models")
    void shouldLeaveTheWorkToNamedBeans(Resource resource) throws IOException {
        BpmnModelInstance model = read(resource);
        assertThat(model.getModelElementsByType(ServiceTask.class)).allSatisfy(task -> {
            assertThat(task.getCamundaDelegateExpression()).as(task.getId()).matches("\\$\\{[a-z][A-Za-z]+}");
            assertThat(task.getCamundaClass()).as(task.getId()).isNull();
            assertThat(task.getCamundaExpression()).as(task.getId()).isNull();
            assertThat(task.getCamundaType()).as(task.getId()).isNull();
        });
        assertThat(model.getModelElementsByType(ScriptTask.class)).isEmpty();
        assertThat(model.getModelElementsByType(CamundaExecutionListener.class))
                .allSatisfy(listener -> assertThat(listener.getCamundaScript()).isNull());
        assertThat(model.getModelElementsByType(CamundaTaskListener.class))
                .allSatisfy(listener -> assertThat(listener.getCamundaScript()).isNull());
    }

    @ParameterizedTest
    @MethodSource("models")
    void shouldGiveEveryUserTaskADueDate(Resource resource) throws IOException {
        assertThat(read(resource).getModelElementsByType(UserTask.class)).allSatisfy(task ->
                assertThat(task.getCamundaDueDate()).as("due date of %s in %s", task.getId(), resource.getFilename())
                        .isNotBlank());
    }

    @Test
    void shouldEvaluateEveryDecisionTableInABusinessRuleTask() throws IOException {
        Set<String> referenced = new HashSet<>();
        for (Resource resource : models().toList()) {
            read(resource).getModelElementsByType(BusinessRuleTask.class).forEach(task -> {
                assertThat(task.getCamundaDecisionRef()).as(task.getId()).isNotBlank();
                assertThat(task.getCamundaDelegateExpression()).as(task.getId()).isNull();
                assertThat(task.getCamundaClass()).as(task.getId()).isNull();
                referenced.add(task.getCamundaDecisionRef());
            });
        }
        Set<String> decisions = new HashSet<>();
        for (Resource table : new PathMatchingResourcePatternResolver().getResources("classpath:processes/**/*.dmn")) {
            try (InputStream in = table.getInputStream()) {
                Dmn.readModelFromStream(in).getModelElementsByType(Decision.class)
                        .forEach(decision -> decisions.add(decision.getId()));
            }
        }
        assertThat(decisions).as("decision tables under processes/").isNotEmpty();
        assertThat(referenced).containsExactlyInAnyOrderElementsOf(decisions);
    }

    private static BpmnModelInstance read(Resource resource) throws IOException {
        try (InputStream in = resource.getInputStream()) {
            BpmnModelInstance model = Bpmn.readModelFromStream(in);
            Bpmn.validateModel(model);
            return model;
        }
    }

    private static Set<String> drawn(Stream<BaseElement> elements) {
        return elements.map(BaseElement::getId).collect(Collectors.toSet());
    }

    private static Set<String> ids(Collection<? extends BaseElement> elements) {
        return elements.stream().map(BaseElement::getId).collect(Collectors.toSet());
    }
}
