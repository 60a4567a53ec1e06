package dev.onramp.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * Deploys {@code processes/} before anything else runs (demo data starts processes). The deployment starts on a thread
 * of its own as soon as the engine is there, while Spring builds the rest of the application (on a fresh database it
 * parses and stores every model), and the first start-up runner waits for it: the application is ready, and the
 * runners that start processes run, only once it is done; a failed deployment fails the start as before.
 */
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
        CompletableFuture<Void> deployment = CompletableFuture.runAsync(() -> {
            try {
                deployer.deploy();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, task -> {
            Thread thread = new Thread(task, "process-deployer");
            thread.setDaemon(true);
            thread.start();
        });
        return args -> {
            try {
                deployment.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw e;
            }
        };
    }
}
