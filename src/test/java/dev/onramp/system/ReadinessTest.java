package dev.onramp.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A load balancer or health check sends traffic only once the models are deployed and the demo data is there. */
@OnrampAppTest
class ReadinessTest {

    @LocalServerPort
    int port;

    @Autowired
    ReadinessDuringStartup startup;

    @Autowired
    RepositoryService repository;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EngineMappings mappings;

    @Autowired
    ProcessEngineConfigurationImpl engineConfiguration;

    @Test
    void shouldAnswerNotReadyUntilModelsAndDemoDataAreThereAndReadyAfter() throws Exception {
        // asked after the deployer and the demo data ran, but before the application was ready
        assertThat(startup.statusDuringStartup()).isEqualTo(503);
        assertThat(repository.createProcessDefinitionQuery().count()).isPositive();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM person").query(Long.class).single()).isPositive();

        HttpResponse<String> now = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/actuator/health/readiness")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(now.statusCode()).isEqualTo(200);
        assertThat(now.body()).contains("\"UP\"");
    }

    @Test
    void shouldHaveBuiltTheEngineOnTheMappingsReadWhileTheApplicationStarted() {
        assertThat(mappings.handedOver(engineConfiguration)).isTrue();
    }
}
