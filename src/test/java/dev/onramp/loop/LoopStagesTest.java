package dev.onramp.loop;

import dev.onramp.loop.TeamLoop;
import dev.onramp.loop.LoopStages;
import dev.onramp.loop.Stage;
import dev.onramp.loop.BeatsLoop;
import dev.onramp.loop.CloudLoop;
import dev.onramp.loop.ElasticsearchLoop;
import dev.onramp.loop.KibanaLoop;
import dev.onramp.loop.LogstashLoop;
import dev.onramp.loop.MachineLearningLoop;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.onramp.ProcessTestEngine;
import dev.onramp.system.NotFoundException;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The stage catalogue, read from the real loop models as the engine deployed them. */
@Deployment(resources = {BeatsLoop.RESOURCE, ElasticsearchLoop.RESOURCE, KibanaLoop.RESOURCE,
        LogstashLoop.RESOURCE, CloudLoop.RESOURCE, MachineLearningLoop.RESOURCE})
class LoopStagesTest {

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = ProcessTestEngine.plain();

    ProcessEngine processEngine;
    LoopStages loopStages;

    @BeforeEach
    void setUp() {
        loopStages = new LoopStages(processEngine.getRepositoryService());
    }

    @Test
    void shouldListTheBeatsStagesInOrderWithTheirScorecards() {
        List<Stage> stages = loopStages.latestStagesOf(BeatsLoop.KEY);

        assertThat(stages).extracting(Stage::key).containsExactly(BeatsLoop.STAGE_TAKE_HOME,
                BeatsLoop.STAGE_TECHNICAL_PANEL, BeatsLoop.STAGE_TEAM_FIT);
        assertThat(stages).extracting(Stage::order).containsExactly(1, 2, 3);
        assertThat(stages).extracting(Stage::kind).containsExactly(Stage.Kind.TAKE_HOME, Stage.Kind.LIVE,
                Stage.Kind.LIVE);
        Stage takeHome = stages.get(0);
        assertThat(takeHome.name()).isEqualTo("A small Beat in Go");
        assertThat(takeHome.focus()).containsExactly(TeamLoop.FOCUS_CODE_QUALITY, TeamLoop.FOCUS_TECHNICAL_DEPTH,
                TeamLoop.FOCUS_WRITTEN_COMMUNICATION);
        assertThat(takeHome.durationMinutes()).isEqualTo(60);
        assertThat(takeHome.panelSize()).isEqualTo(2);
        assertThat(takeHome.notes()).contains("README");
        Stage teamFit = stages.get(2);
        assertThat(teamFit.name()).isEqualTo("Team fit and async work");
        assertThat(teamFit.focus()).contains(TeamLoop.FOCUS_WORKS_ASYNCHRONOUSLY, TeamLoop.FOCUS_TEAM_FIT);
        assertThat(teamFit.durationMinutes()).isEqualTo(45);
    }

    @Test
    void shouldPutParallelStagesBetweenWhatComesBeforeAndAfterThem() {
        assertThat(loopStages.latestStagesOf(ElasticsearchLoop.KEY)).extracting(Stage::key).containsExactly(
                ElasticsearchLoop.STAGE_TAKE_HOME, ElasticsearchLoop.STAGE_TECHNICAL_DEEP_DIVE,
                ElasticsearchLoop.STAGE_DISTRIBUTED_WORK, ElasticsearchLoop.STAGE_HIRING_MANAGER);
    }

    @Test
    void shouldStartKibanaWithALivePairProgrammingStage() {
        Stage first = loopStages.latestStagesOf(KibanaLoop.KEY).get(0);

        assertThat(first.key()).isEqualTo(KibanaLoop.STAGE_PAIR_PROGRAMMING);
        assertThat(first.kind()).isEqualTo(Stage.Kind.LIVE);
    }

    @Test
    void shouldUseOnlyFocusAttributesThatHaveAName() {
        for (String loop : TeamLoop.KEYS) {
            assertThat(loopStages.latestStagesOf(loop)).as(loop)
                    .allSatisfy(stage -> assertThat(stage.focus()).isSubsetOf(TeamLoop.FOCUS_ATTRIBUTES));
        }
    }

    @Test
    void shouldFindOneStageOfAVersionByItsKey() {
        String beats = definitionId(BeatsLoop.KEY);

        assertThat(loopStages.stage(beats, BeatsLoop.STAGE_TEAM_FIT).order()).isEqualTo(3);
        assertThatThrownBy(() -> loopStages.stage(beats, "no-such-stage")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void shouldKeepReadingTheVersionACandidateIsOnAfterTheLoopChanges() {
        String before = definitionId(BeatsLoop.KEY);
        RepositoryService repository = processEngine.getRepositoryService();
        BpmnModelInstance changed = Bpmn.readModelFromStream(getClass().getClassLoader()
                .getResourceAsStream(BeatsLoop.RESOURCE));
        changed.getModelElementById(BeatsLoop.CALL_ACTIVITY_TEAM_FIT).getChildElementsByType(
                org.camunda.bpm.model.bpmn.instance.ExtensionElements.class).iterator().next()
                .getChildElementsByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties.class)
                .iterator().next().getCamundaProperties().stream()
                .filter(p -> p.getCamundaName().equals(TeamLoop.PROPERTY_DURATION_MINUTES))
                .forEach(p -> p.setCamundaValue("30"));
        String deployment = repository.createDeployment().addModelInstance("beats-v2.bpmn", changed).deploy().getId();
        try {
            assertThat(loopStages.stage(before, BeatsLoop.STAGE_TEAM_FIT).durationMinutes()).isEqualTo(45);
            assertThat(loopStages.latestStagesOf(BeatsLoop.KEY).get(2).durationMinutes()).isEqualTo(30);
        } finally {
            repository.deleteDeployment(deployment, true);
        }
    }

    @Test
    void shouldGiveTheStageActivitiesInTheOrderOfTheFlow() {
        assertThat(loopStages.stageActivitiesInFlowOrder(BeatsLoop.KEY)).containsExactly(
                BeatsLoop.CALL_ACTIVITY_TAKE_HOME, BeatsLoop.CALL_ACTIVITY_TECHNICAL_PANEL,
                BeatsLoop.CALL_ACTIVITY_TEAM_FIT);
        assertThat(loopStages.stageActivitiesInFlowOrder("NoSuchLoop")).isEmpty();
    }

    @Test
    void shouldPutStagesOnlyAnEarlierVersionHadAfterTheLatestVersionsStages() {
        RepositoryService repository = processEngine.getRepositoryService();
        BpmnModelInstance withoutTakeHome = Bpmn.readModelFromStream(getClass().getClassLoader()
                .getResourceAsStream(BeatsLoop.RESOURCE));
        org.camunda.bpm.model.bpmn.instance.ExtensionElements extensions = withoutTakeHome
                .getModelElementById(BeatsLoop.CALL_ACTIVITY_TAKE_HOME).getChildElementsByType(
                        org.camunda.bpm.model.bpmn.instance.ExtensionElements.class).iterator().next();
        extensions.removeChildElement(extensions.getChildElementsByType(
                org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties.class).iterator().next());
        String deployment = repository.createDeployment().addModelInstance("beats-v2.bpmn", withoutTakeHome).deploy()
                .getId();
        try {
            assertThat(loopStages.stageActivitiesInFlowOrder(BeatsLoop.KEY)).containsExactly(
                    BeatsLoop.CALL_ACTIVITY_TECHNICAL_PANEL, BeatsLoop.CALL_ACTIVITY_TEAM_FIT,
                    BeatsLoop.CALL_ACTIVITY_TAKE_HOME);
        } finally {
            repository.deleteDeployment(deployment, true);
        }
    }

    private String definitionId(String key) {
        return processEngine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key)
                .latestVersion().singleResult().getId();
    }
}
