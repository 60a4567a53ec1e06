package dev.onramp.interview;

import dev.onramp.system.OnrampAppTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * {@link OnrampAppTest} with the TEMPORARY {@link StandInProcessBeans} and {@link CandidateJourney}, on a database
 * of its own (the stand-ins make it a context of its own). One context for every class with this annotation.
 * Once the real process beans are merged, drop the stand-ins and the database name and use {@link OnrampAppTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@OnrampAppTest
@Import({StandInProcessBeans.class, CandidateJourney.class})
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:onramp-interview-test;DB_CLOSE_DELAY=-1")
@interface InterviewAppTest {
}
