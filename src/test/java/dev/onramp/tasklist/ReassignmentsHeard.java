package dev.onramp.tasklist;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Every {@link TaskReassigned} the application published, for the tests (on the scanned classpath: every context). */
@Component
public class ReassignmentsHeard {

    private final List<TaskReassigned> heard = new CopyOnWriteArrayList<>();

    @EventListener
    void on(TaskReassigned event) {
        heard.add(event);
    }

    public List<TaskReassigned> of(String taskId) {
        return heard.stream().filter(e -> e.taskId().equals(taskId)).toList();
    }
}
