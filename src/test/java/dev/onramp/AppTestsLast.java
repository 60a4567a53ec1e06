package dev.onramp;

import java.util.Comparator;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;

/**
 * Runs the whole-app tests ({@code @SpringBootTest}, such as {@code @OnrampAppTest}) after every other test class
 * of the run, keeping the order otherwise. A whole-app context stays cached until the JVM ends and registers the
 * application's process engine next to the process tests' engine; camunda-bpm-assert's static helpers
 * ({@code runtimeService()}, {@code task()}) then cannot tell which engine a process test means and fail.
 * Configured in {@code junit-platform.properties}.
 */
public class AppTestsLast implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator.comparingInt(AppTestsLast::rank));
    }

    private static int rank(ClassDescriptor descriptor) {
        return MergedAnnotations.from(descriptor.getTestClass(), SearchStrategy.TYPE_HIERARCHY)
                .isPresent(SpringBootTest.class) ? 1 : 0;
    }
}
