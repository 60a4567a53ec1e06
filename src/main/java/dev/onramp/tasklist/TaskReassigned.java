package dev.onramp.tasklist;

/** An admin handed a task from one person to another ({@link TaskList#reassign}). */
public record TaskReassigned(String taskId, String taskName, String fromUsername, String toUsername, String byUsername,
                             java.time.Instant at) {
}
