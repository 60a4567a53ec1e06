package dev.onramp.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** Deploys {@code processes/} before anything else runs (demo data starts processes). */
@Configuration(proxyBeanMethods = false)
public class ProcessDeploymentConfig {

    /** The order of the deploying runner; runners that start processes come after it. */
    public static final int ORDER = 0;

    @Bean
    ProcessDeployer processDeployer(RepositoryService repositoryService,
                                    @Value("${onramp.processes-location:classpath:processes/}") String location) {
        return new ProcessDeployer(repositoryService, location);
    }

    @Bean
    @Order(ORDER)
    ApplicationRunner deployProcesses(ProcessDeployer deployer) {
        return args -> {
            try {
                deployer.deploy();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}
