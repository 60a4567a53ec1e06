package dev.onramp.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.ExecutorType;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultBootstrapContext;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.mock.env.MockEnvironment;

/** The engine's MyBatis mappings read in the background, on real in-memory engines. */
class EngineMappingsTest {

    ProcessEngine engine;

    @AfterEach
    void closeEngine() {
        if (engine != null) {
            engine.close();
        }
    }

    @Test
    void shouldGiveTheEngineTheMappingsReadInTheBackgroundWhenTheDatabaseIsTheOneTheUrlNames() {
        EngineMappings mappings = startedFor("jdbc:h2:mem:whatever");
        ProcessEngineConfigurationImpl configuration = engineConfiguration(mappings);
        configuration.setJdbcStatementTimeout(17);

        engine = configuration.buildProcessEngine();

        assertThat(mappings.handedOver(configuration)).isTrue();
        Configuration used = configuration.getSqlSessionFactory().getConfiguration();
        assertThat(used.getEnvironment().getDataSource()).isSameAs(configuration.getDataSource());
        assertThat(used.getEnvironment().getTransactionFactory()).isSameAs(configuration.getTransactionFactory());
        assertThat(used.getDefaultStatementTimeout()).isEqualTo(17);
        assertThat(used.getDefaultExecutorType()).isEqualTo(ExecutorType.BATCH);
        assertThat(used.getMappedStatementNames())
                .containsExactlyInAnyOrderElementsOf(EngineMappings.parse("h2", "").getMappedStatementNames());
        // the engine works on them: a deployment written and read back
        engine.getRepositoryService().createDeployment().addModelInstance("one.bpmn",
                Bpmn.createExecutableProcess("One").camundaHistoryTimeToLive(1).startEvent().endEvent().done()).deploy();
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("One").count())
                .isEqualTo(1);
        engine.getRuntimeService().startProcessInstanceByKey("One");
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().finished().count()).isEqualTo(1);
    }

    @Test
    void shouldLeaveTheEngineToReadItsMappingsWhenItsDatabaseIsAnotherThanTheUrlNames() {
        EngineMappings mappings = startedFor("jdbc:postgresql://127.0.0.1:5432/elsewhere");
        ProcessEngineConfigurationImpl configuration = engineConfiguration(mappings);

        engine = configuration.buildProcessEngine();

        assertThat(mappings.handedOver(configuration)).isFalse();
        assertThat(configuration.getDatabaseType()).isEqualTo("h2");
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery().count()).isZero();
    }

    @Test
    void shouldNotReadTheMappingsForADatabaseTheEngineHasNoScriptsFor() {
        EngineMappings mappings = startedFor("jdbc:sqlserver://localhost;databaseName=x");
        ProcessEngineConfigurationImpl configuration = engineConfiguration(mappings);

        engine = configuration.buildProcessEngine();

        assertThat(mappings.handedOver(configuration)).isFalse();
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery().count()).isZero();
    }

    @Test
    void shouldNameTheDatabaseAsTheEngineDoes() {
        assertThat(EngineMappings.databaseType("jdbc:h2:file:./data/onramp;AUTO_SERVER=TRUE")).isEqualTo("h2");
        assertThat(EngineMappings.databaseType("JDBC:POSTGRESQL://db/onramp")).isEqualTo("postgres");
        assertThat(EngineMappings.databaseType("")).isNull();
    }

    /** A data source of its own, as the Spring Boot starter gives the engine one (a URL alone is read later). */
    private static JdbcDataSource h2() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:mappings-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return dataSource;
    }

    private static EngineMappings startedFor(String jdbcUrl) {
        EngineMappings mappings = new EngineMappings();
        MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url", jdbcUrl);
        mappings.onApplicationEvent(new ApplicationEnvironmentPreparedEvent(new DefaultBootstrapContext(),
                new SpringApplication(), new String[0], environment));
        return mappings;
    }

    private static ProcessEngineConfigurationImpl engineConfiguration(EngineMappings mappings) {
        ProcessEngineConfigurationImpl configuration = (StandaloneInMemProcessEngineConfiguration)
                ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
                        .setDataSource(h2())
                        .setProcessEngineName("mappings-" + UUID.randomUUID())
                        .setJobExecutorActivate(false);
        configuration.getProcessEnginePlugins().add(mappings);
        return configuration;
    }
}
