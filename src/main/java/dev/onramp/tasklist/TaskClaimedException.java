package dev.onramp.tasklist;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Someone else has claimed the task. */
@ResponseStatus(HttpStatus.CONFLICT)
public class TaskClaimedException extends RuntimeException {

    private final String taskName;
    private final String claimedBy;

    public TaskClaimedException(String taskName, String claimedBy) {
        super("task is claimed by someone else");
        this.taskName = taskName;
        this.claimedBy = claimedBy;
    }

    public String taskName() {
        return taskName;
    }

    public String claimedBy() {
        return claimedBy;
    }
}
