package dev.onramp.system;

import dev.onramp.feedback.FeedbackFixture;
import dev.onramp.interview.BookedInterviews;
import dev.onramp.interview.CandidateJourney;
import dev.onramp.tasklist.CompletedMeanwhile;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application with the demo organisation, on an in-memory H2 database: pages through MockMvc
 * ({@link WebTest}), and on a random port for the tests that need real HTTP (the browser). Every test class with this
 * annotation shares one Spring context (one engine), so tests must not rely on a clean database: they create what
 * they need. The test fixtures that bring candidates along the journey ({@link CandidateJourney},
 * {@link FeedbackFixture}) are part of it, so that no test needs a context of its own for them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:onramp-app-test;DB_CLOSE_DELAY=-1",
        "onramp.demo.enabled=true",
        "camunda.bpm.job-execution.enabled=false"})
@AutoConfigureMockMvc
@Import({WebTest.class, CandidateJourney.class, FeedbackFixture.class, BookedInterviews.class,
        CompletedMeanwhile.class})
@ActiveProfiles("test")
public @interface OnrampAppTest {
}
