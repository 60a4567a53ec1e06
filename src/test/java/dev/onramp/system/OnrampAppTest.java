package dev.onramp.system;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a random port, with the demo organisation, on an in-memory H2 database.
 * Every test class with this annotation shares one Spring context (one engine), so tests must not
 * rely on a clean database: they create what they need.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:onramp-app-test;DB_CLOSE_DELAY=-1",
        "onramp.demo.enabled=true",
        "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("test")
public @interface OnrampAppTest {
}
