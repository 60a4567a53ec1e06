package dev.onramp.hiring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.test.mock.Mocks;

/** A delegate bean for process tests that remembers where it ran and which variables it saw. */
public final class RecordingDelegate implements JavaDelegate {

    /** One call: the service task's id and a copy of the variables visible to it (values may be null). */
    public record Call(String activityId, Map<String, Object> variables) {
    }

    private final List<Call> calls = new ArrayList<>();

    /** Registers a new recording delegate under the bean name a BPMN's delegateExpression uses. */
    public static RecordingDelegate register(String beanName) {
        RecordingDelegate delegate = new RecordingDelegate();
        Mocks.register(beanName, delegate);
        return delegate;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, Object> variables = Collections.unmodifiableMap(new HashMap<>(execution.getVariables()));
        calls.add(new Call(execution.getCurrentActivityId(), variables));
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }
}
