package dev.onramp.tasklist;

import dev.onramp.people.Person;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.task.Task;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Makes the race of two clients submitting the same task form deterministic: armed with a task and an action, the
 * next time {@link TaskList} checks whether someone may work on that task (the check passed: the task is open), it
 * runs the action (say, another user submitting the same form) to its end on another thread, so that the request
 * being checked goes on to read or complete a task that is gone. Decides nothing itself. Not a component (test classes
 * are on the scanned classpath): {@code @OnrampAppTest} imports it.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
public class CompletedMeanwhile implements TaskHolders {

    private final AtomicReference<Armed> armed = new AtomicReference<>();

    /** The next check of {@code taskId} runs {@code meanwhile} (once) before the checked request goes on. */
    public void arm(String taskId, Runnable meanwhile) {
        armed.set(new Armed(taskId, meanwhile));
    }

    /** Whether the armed action has run (and disarmed itself). */
    public boolean ran() {
        return armed.get() == null;
    }

    @Override
    public boolean decides(Task task) {
        Armed now = armed.get();
        if (now != null && now.taskId().equals(task.getId()) && armed.compareAndSet(now, null)) {
            CompletableFuture.runAsync(now.meanwhile()).join();
        }
        return false;
    }

    @Override
    public boolean mayHold(Task task, Person person) {
        return false;
    }

    private record Armed(String taskId, Runnable meanwhile) {
    }
}
