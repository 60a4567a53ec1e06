package dev.onramp.tasklist;

import dev.onramp.system.NotFoundException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * The variables of a task a request has just checked ({@link TaskList#requireWorkable}), read with a query. The
 * engine's {@code TaskService.getVariable…} is a command that fails when the task was completed by someone else since
 * the check (two people, or two tabs, on one form): the app answers that with its 409 page ({@code TaskErrors}), but
 * the engine first logs it at ERROR (ENGINE-16004, "task … doesn't exist"), which is noise for a race the app expects.
 * A query just finds nothing (and a task gone has no variables to read), and the caller says "not open" the usual
 * way; real errors stay errors.
 */
@Component
public class TaskVariables {

    private final RuntimeService runtime;
    private final TaskService tasks;

    public TaskVariables(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    /**
     * The variable {@code name} as the task sees it (the engine's lookup: the task, its execution, up through its
     * scopes to the process instance); empty when there is none, or when the task is gone. Most of this app's
     * variables live on the task's execution or its process instance, and are found by one query; one in a scope
     * between (a multi-instance element variable) is read through the engine once the task is known to be open.
     */
    public <T extends TypedValue> Optional<T> typed(Task task, String name) {
        if (task.getProcessInstanceId() == null) {
            return Optional.empty(); // a standalone task: none of ours
        }
        List<VariableInstance> found = runtime.createVariableInstanceQuery().variableName(name)
                .processInstanceIdIn(task.getProcessInstanceId()).list();
        Optional<VariableInstance> near = found.stream()
                .filter(v -> rank(task, v) < Integer.MAX_VALUE).min(Comparator.comparingInt(v -> rank(task, v)));
        // on the process instance, and nowhere else but other tasks: no scope in between can hide it
        boolean nearest = near.isPresent() && (rank(task, near.get()) < 2
                || found.stream().allMatch(v -> v == near.get() || v.getTaskId() != null));
        // the task itself may be gone while its process goes on (a screening rejected meanwhile: the process instance
        // and its variables live on until its next step): then there is nothing to read for this task
        if (found.isEmpty() || !isOpen(task)) {
            return Optional.empty();
        }
        if (nearest) {
            @SuppressWarnings("unchecked")
            T value = (T) near.get().getTypedValue();
            return Optional.of(value);
        }
        return Optional.ofNullable(tasks.getVariableTyped(task.getId(), name));
    }

    private boolean isOpen(Task task) {
        return tasks.createTaskQuery().taskId(task.getId()).count() > 0;
    }

    /** 0 local to the task, 1 on its execution, 2 on its process instance; anything else: not a direct match. */
    private static int rank(Task task, VariableInstance v) {
        if (task.getId().equals(v.getTaskId())) {
            return 0;
        }
        if (v.getTaskId() != null) {
            return Integer.MAX_VALUE; // another task's local variable
        }
        if (task.getExecutionId().equals(v.getExecutionId())) {
            return 1;
        }
        return task.getProcessInstanceId().equals(v.getExecutionId()) ? 2 : Integer.MAX_VALUE;
    }

    /**
     * The variable {@code name}, which the model always sets for this task: a {@link NotFoundException} when the task
     * was completed meanwhile (the task's page then answers 409, see {@code TaskErrors}), an
     * {@link IllegalStateException} when the task is open without it (a bug).
     */
    public <T extends TypedValue> T require(Task task, String name) {
        Optional<T> value = typed(task, name);
        if (value.isPresent() && value.get().getValue() != null) {
            return value.get();
        }
        if (!isOpen(task)) {
            throw new NotFoundException("task", task.getId());
        }
        throw new IllegalStateException(name + " is not set on task " + task.getId());
    }

    /** {@link #typed}'s value, untyped. */
    public Optional<Object> value(Task task, String name) {
        return typed(task, name).map(TypedValue::getValue);
    }
}
