package dev.onramp.audit;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Every user task completion, whichever form or API completed it: the Camunda Spring Boot starter's event bridge
 * ({@code camunda.bpm.eventing.task}, on by default) adds a task listener to every user task of every model when it
 * is parsed and publishes each task event; this listener keeps the completions. It runs inside the engine's
 * command, in the same transaction as the completion. The actor is the signed-in person whose request completed the
 * task (an admin completing someone's task is named as the admin), else the task's assignee, else the system.
 */
@Component
class TaskCompletionAudit {

    private final AuditLog audit;

    TaskCompletionAudit(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void completed(DelegateTask task) {
        if (!TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
            return;
        }
        audit.record(AuditActions.TASK_COMPLETED, actor(task), AuditActions.TASK, task.getId(),
                "taskDefinitionKey=" + task.getTaskDefinitionKey()
                        + " processDefinitionId=" + task.getProcessDefinitionId()
                        + " processInstanceId=" + task.getProcessInstanceId()
                        + (task.getAssignee() == null ? "" : " assignee=" + task.getAssignee()));
    }

    private static String actor(DelegateTask task) {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null && signedIn.isAuthenticated() && !(signedIn instanceof AnonymousAuthenticationToken)) {
            return signedIn.getName();
        }
        return task.getAssignee() == null ? AuditLog.SYSTEM : task.getAssignee();
    }
}
