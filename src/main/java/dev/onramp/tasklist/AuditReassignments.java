package dev.onramp.tasklist;

import dev.onramp.audit.AuditActions;
import dev.onramp.audit.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Every reassignment an admin makes goes to the audit log, in the same transaction: who, which task, from whom to whom. */
@Component
class AuditReassignments {

    private final AuditLog audit;

    AuditReassignments(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void on(TaskReassigned reassigned) {
        audit.record(AuditActions.TASK_REASSIGNED, reassigned.byUsername(), AuditActions.TASK, reassigned.taskId(),
                "from " + (reassigned.fromUsername() == null ? "nobody" : reassigned.fromUsername())
                        + " to " + reassigned.toUsername());
    }
}
