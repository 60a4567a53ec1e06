package dev.onramp.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The deployer's versioning rules, on a real in-memory engine and a folder of models. */
class ProcessDeployerTest {

    @TempDir
    Path folder;

    ProcessEngine engine;
    RepositoryService repository;
    ProcessDeployer deployer;

    @BeforeEach
    void startEngine() throws Exception {
        engine = ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
                .setJdbcUrl("jdbc:h2:mem:deployer-" + UUID.randomUUID())
                .setProcessEngineName("deployer-test")
                .setJobExecutorActivate(false)
                .buildProcessEngine();
        repository = engine.getRepositoryService();
        Files.createDirectories(folder.resolve("loops"));
        write("loops/alpha.bpmn", loop("AlphaLoop", "Stage one"));
        write("loops/beta.bpmn", loop("BetaLoop", "Stage one"));
        deployer = new ProcessDeployer(repository, folder.toUri().toString());
    }

    @AfterEach
    void closeEngine() {
        engine.close();
    }

    @Test
    void shouldDeployEveryModelWithItsNameRelativeToTheFolder() throws Exception {
        deployer.deploy();
        assertThat(repository.createProcessDefinitionQuery().list())
                .extracting(ProcessDefinition::getResourceName)
                .containsExactlyInAnyOrder("loops/alpha.bpmn", "loops/beta.bpmn");
    }

    @Test
    void shouldCreateNoNewVersionWhenNothingChanged() throws Exception {
        deployer.deploy();
        deployer.deploy();
        deployer.deploy();
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("AlphaLoop").count()).isEqualTo(1);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("BetaLoop").count()).isEqualTo(1);
    }

    @Test
    void shouldRaiseOnlyTheVersionOfTheEditedModel() throws Exception {
        deployer.deploy();
        write("loops/alpha.bpmn", loop("AlphaLoop", "Stage one, renamed"));
        deployer.deploy();
        assertThat(latest("AlphaLoop").getVersion()).isEqualTo(2);
        assertThat(latest("BetaLoop").getVersion()).isEqualTo(1);
    }

    @Test
    void shouldDeployEveryModelOfTheApplication() throws Exception {
        new ProcessDeployer(repository, "classpath:processes/").deploy();
        assertThat(repository.createProcessDefinitionQuery().count()
                + repository.createDecisionDefinitionQuery().count()).isPositive();
        assertThat(repository.createDecisionDefinitionQuery().list())
                .allSatisfy(d -> assertThat(d.getResourceName()).doesNotStartWith("/").doesNotContain("processes/"));
    }

    private ProcessDefinition latest(String key) {
        return repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
    }

    private void write(String name, BpmnModelInstance model) throws Exception {
        Files.writeString(folder.resolve(name), Bpmn.convertToString(model));
    }

    private static BpmnModelInstance loop(String key, String stageName) {
        return Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(180)
                .startEvent("StartEvent_Started")
                .userTask("Task_Stage").name(stageName)
                .endEvent("EndEvent_Done")
                .done();
    }
}
