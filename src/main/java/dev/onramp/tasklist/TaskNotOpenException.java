package dev.onramp.tasklist;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The task was completed (by this person, in another tab, or by someone else) or cancelled. */
@ResponseStatus(HttpStatus.CONFLICT)
public class TaskNotOpenException extends RuntimeException {

    private final String taskName;
    private final String completedBy;
    private final boolean cancelled;

    /** @param cancelled whether the process ended the task (say, the candidate withdrew) rather than a person */
    public TaskNotOpenException(String taskName, String completedBy, boolean cancelled) {
        super("task is no longer open");
        this.taskName = taskName;
        this.completedBy = completedBy;
        this.cancelled = cancelled;
    }

    public boolean cancelled() {
        return cancelled;
    }

    public String taskName() {
        return taskName;
    }

    public String completedBy() {
        return completedBy;
    }
}
