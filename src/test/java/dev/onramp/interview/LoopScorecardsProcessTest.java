package dev.onramp.interview;

import static dev.onramp.loop.TeamLoop.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.hiring.HiringProcess;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every team loop's stages declare a scorecard and hand the stage what it needs; every loop assesses
 * distributed work. Reads the models under {@code processes/loops/}; the loops' flows have their own tests.
 */
class LoopScorecardsProcessTest {

    private static final Map<String, String> STAGE_KIND = Map.of(InterviewStage.KEY, KIND_LIVE,
            TakeHomeStage.KEY, KIND_TAKE_HOME);

    static Stream<BpmnModelInstance> loops() throws IOException {
        Resource[] resources = new PathMatchingResourcePatternResolver()
                .getResources("classpath:processes/loops/*.bpmn");
        return Arrays.stream(resources).map(LoopScorecardsProcessTest::read);
    }

    @Test
    void shouldKnowEveryLoopByKey() throws IOException {
        assertThat(loops().map(LoopScorecardsProcessTest::key)).containsExactlyInAnyOrderElementsOf(KEYS);
    }

    @ParameterizedTest
    @MethodSource("loops")
    void shouldDeclareAScorecardForEveryStage(BpmnModelInstance loop) {
        assertThat(stages(loop)).as(key(loop)).isNotEmpty().allSatisfy(stage -> {
            Map<String, String> scorecard = scorecard(stage);
            assertThat(scorecard).as(stage.getId()).containsOnlyKeys(PROPERTY_KIND, PROPERTY_FOCUS, PROPERTY_NOTES,
                    PROPERTY_DURATION_MINUTES, PROPERTY_PANEL_SIZE);
            assertThat(STAGE_KIND).as(stage.getId() + " calls a stage process of its kind")
                    .containsEntry(stage.getCalledElement(), scorecard.get(PROPERTY_KIND));
            assertThat(focus(stage)).as(stage.getId()).isNotEmpty().isSubsetOf(FOCUS_ATTRIBUTES);
            assertThat(scorecard.get(PROPERTY_NOTES)).as(stage.getId()).isNotBlank()
                    .doesNotContainIgnoringCase("puzzle question");
            assertThat(Integer.parseInt(scorecard.get(PROPERTY_DURATION_MINUTES))).as(stage.getId()).isBetween(15, 240);
            assertThat(Integer.parseInt(scorecard.get(PROPERTY_PANEL_SIZE))).as(stage.getId()).isBetween(1, 4);
        });
    }

    @ParameterizedTest
    @MethodSource("loops")
    void shouldAssessDistributedWorkInAtLeastOneStage(BpmnModelInstance loop) {
        assertThat(stages(loop)).as(key(loop))
                .anySatisfy(stage -> assertThat(focus(stage)).contains(FOCUS_WORKS_ASYNCHRONOUSLY));
    }

    @ParameterizedTest
    @MethodSource("loops")
    void shouldHandEveryStageTheApplicationAndItsStage(BpmnModelInstance loop) {
        assertThat(stages(loop)).allSatisfy(stage -> {
            Map<String, CamundaIn> in = ins(stage);
            assertThat(in).as(stage.getId()).containsKeys(InterviewStage.VAR_STAGE_KEY, InterviewStage.VAR_STAGE_NAME);
            for (String passedOn : List.of(HiringProcess.VAR_APPLICATION_ID, HiringProcess.VAR_REQUISITION_ID,
                    HiringProcess.VAR_TEAM, HiringProcess.VAR_HIRING_MANAGER)) {
                assertThat(in.get(passedOn)).as("%s passes %s", stage.getId(), passedOn)
                        .isNotNull().extracting(CamundaIn::getCamundaSource).isEqualTo(passedOn);
            }
            assertThat(in.get(InterviewStage.VAR_STAGE_KEY).getCamundaSourceExpression()).matches("[a-z]+(-[a-z]+)*");
            assertThat(in.get(InterviewStage.VAR_STAGE_NAME).getCamundaSourceExpression()).isNotBlank();
            assertThat(stage.getExtensionElements().getElementsQuery().filterByType(CamundaIn.class).list())
                    .as("%s passes the business key", stage.getId())
                    .anySatisfy(businessKey -> assertThat(businessKey.getCamundaBusinessKey())
                            .isEqualTo("#{execution.processBusinessKey}"));
        });
        assertThat(stages(loop).stream().map(stage -> ins(stage).get(InterviewStage.VAR_STAGE_KEY)
                .getCamundaSourceExpression())).as("stage keys are unique in %s", key(loop)).doesNotHaveDuplicates();
    }

    private static Collection<CallActivity> stages(BpmnModelInstance loop) {
        return loop.getModelElementsByType(CallActivity.class);
    }

    private static Map<String, String> scorecard(CallActivity stage) {
        return stage.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).singleResult()
                .getCamundaProperties().stream()
                .collect(Collectors.toMap(CamundaProperty::getCamundaName, CamundaProperty::getCamundaValue));
    }

    private static List<String> focus(CallActivity stage) {
        return Arrays.asList(scorecard(stage).get(PROPERTY_FOCUS).split(","));
    }

    private static Map<String, CamundaIn> ins(CallActivity stage) {
        return stage.getExtensionElements().getElementsQuery().filterByType(CamundaIn.class).list().stream()
                .filter(in -> in.getCamundaTarget() != null)
                .collect(Collectors.toMap(CamundaIn::getCamundaTarget, Function.identity()));
    }

    private static String key(BpmnModelInstance loop) {
        return loop.getModelElementsByType(Process.class).iterator().next().getId();
    }

    private static BpmnModelInstance read(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return Bpmn.readModelFromStream(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
