package dev.onramp.decision;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * A delegate bean for process tests that answers one variable with the next of its scripted values, as the real
 * bean would after its work (the voting rule's outcome, the band check's result), and remembers where it ran.
 */
final class ScriptedDelegate implements JavaDelegate {

    private final String variable;
    private final Deque<Object> values = new ArrayDeque<>();
    private final List<String> activityIds = new ArrayList<>();

    private ScriptedDelegate(String variable) {
        this.variable = variable;
    }

    static ScriptedDelegate register(String beanName, String variable) {
        ScriptedDelegate delegate = new ScriptedDelegate(variable);
        Mocks.register(beanName, delegate);
        return delegate;
    }

    /** The values the next calls answer, in order. */
    ScriptedDelegate answering(Object... next) {
        values.addAll(List.of(next));
        return this;
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (values.isEmpty()) {
            throw new AssertionError("no scripted " + variable + " left for " + execution.getCurrentActivityId());
        }
        activityIds.add(execution.getCurrentActivityId());
        execution.setVariable(variable, values.poll());
    }

    int calls() {
        return activityIds.size();
    }
}
