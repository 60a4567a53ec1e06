package dev.onramp.tasklist;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The task was completed (by this person, in another tab, or by someone else) or cancelled. */
@ResponseStatus(HttpStatus.CONFLICT)
public class TaskNotOpenException extends RuntimeException {

    private final String taskName;
    private final String completedBy;

    public TaskNotOpenException(String taskName, String completedBy) {
        super("task is no longer open");
        this.taskName = taskName;
        this.completedBy = completedBy;
    }

    public String taskName() {
        return taskName;
    }

    public String completedBy() {
        return completedBy;
    }
}
