package dev.onramp.system;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a random port, with the demo organisation and the job executor on, on a
 * real PostgreSQL from {@link PostgresResolver}. Classes with this annotation share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "onramp.demo.enabled=true",
        "camunda.bpm.job-execution.enabled=true"})
@Import(PostgresTestConfig.class)
@ActiveProfiles({"test", "postgres"})
public @interface OnrampPostgresTest {
}
