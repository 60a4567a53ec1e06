package dev.onramp.interview;

import dev.onramp.system.OnrampAppTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;

/** {@link OnrampAppTest} with {@link CandidateJourney}, which brings a candidate to the first stage of a loop. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@OnrampAppTest
@Import(CandidateJourney.class)
@interface InterviewAppTest {
}
