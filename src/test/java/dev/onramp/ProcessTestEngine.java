package dev.onramp;

import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;

/** The in-memory engine of process and DMN unit tests, configured by {@value #CONFIGURATION}. */
public final class ProcessTestEngine {

    public static final String CONFIGURATION = "camunda-test.cfg.xml";
    /** Process tests must cover at least this share of each model they test. */
    public static final double MIN_COVERAGE = 0.9;

    private ProcessTestEngine() {
    }

    /** For process tests: the engine with the coverage gate. */
    public static ProcessEngineCoverageExtension withCoverage() {
        return ProcessEngineCoverageExtension.builder().configurationResource(CONFIGURATION)
                .assertClassCoverageAtLeast(MIN_COVERAGE).build();
    }

    /** For process tests that need more options (exclusions): the engine, before the coverage gate is set. */
    public static ProcessEngineCoverageExtension.Builder coverageBuilder() {
        return ProcessEngineCoverageExtension.builder().configurationResource(CONFIGURATION);
    }

    /** For DMN tests and tests of Java around the engine. */
    public static ProcessEngineExtension plain() {
        return ProcessEngineExtension.builder().configurationResource(CONFIGURATION).build();
    }
}
