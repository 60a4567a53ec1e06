package dev.onramp.system;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Deploys every BPMN and DMN under {@code processes/} with stable names relative to that folder and
 * only what changed since the last deployment: restarting with unchanged files creates no version,
 * editing one loop raises only that loop's version. Several nodes may deploy at once (the engine
 * serialises deployments of one name).
 */
public class ProcessDeployer {

    public static final String DEPLOYMENT_NAME = "onramp";
    private static final Logger log = LoggerFactory.getLogger(ProcessDeployer.class);
    private static final List<String> MODEL_SUFFIXES = List.of(".bpmn", ".dmn");

    private final RepositoryService repository;
    private final String rootLocation;
    private final ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

    /** @param rootLocation a Spring resource location ending in '/', such as {@code classpath:processes/} */
    public ProcessDeployer(RepositoryService repository, String rootLocation) {
        this.repository = repository;
        this.rootLocation = rootLocation.endsWith("/") ? rootLocation : rootLocation + "/";
    }

    /** Deploys what changed; returns the deployment, or {@code null} when nothing did. */
    public DeploymentWithDefinitions deploy() throws IOException {
        Resource root = resolver.getResource(rootLocation);
        if (!root.exists()) {
            log.warn("No models to deploy: {} does not exist", rootLocation);
            return null;
        }
        String rootUri = root.getURI().toString();
        Resource[] models = Arrays.stream(resolver.getResources(rootLocation + "**/*"))
                .filter(r -> r.getFilename() != null && MODEL_SUFFIXES.stream().anyMatch(r.getFilename()::endsWith))
                .sorted(Comparator.comparing(Resource::getDescription))
                .toArray(Resource[]::new);
        if (models.length == 0) {
            log.warn("No models found under {}", rootLocation);
            return null;
        }
        DeploymentBuilder builder = repository.createDeployment()
                .name(DEPLOYMENT_NAME)
                .source(DEPLOYMENT_NAME)
                .enableDuplicateFiltering(true);
        for (Resource model : models) {
            String name = model.getURI().toString().substring(rootUri.length());
            try (InputStream in = model.getInputStream()) {
                builder.addInputStream(name, new java.io.ByteArrayInputStream(in.readAllBytes()));
            }
        }
        DeploymentWithDefinitions deployment = builder.deployWithResult();
        int definitions = deployment.getDeployedProcessDefinitions() == null ? 0 : deployment.getDeployedProcessDefinitions().size();
        int decisions = deployment.getDeployedDecisionDefinitions() == null ? 0 : deployment.getDeployedDecisionDefinitions().size();
        log.info("Deployed {} model files from {}: {} new process versions, {} new decision versions",
                models.length, rootLocation, definitions, decisions);
        return deployment;
    }
}
