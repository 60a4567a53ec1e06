package dev.onramp.tasklist;

import dev.onramp.people.OnrampUser;
import dev.onramp.people.Role;
import dev.onramp.system.NotFoundException;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;

/**
 * The one place that decides who may see, claim and complete a task. The engine does not check
 * candidate groups on claim or complete, so every task form goes through here on every request.
 */
@Service
public class TaskList {

    private final TaskService tasks;
    private final HistoryService history;

    public TaskList(TaskService tasks, HistoryService history) {
        this.tasks = tasks;
        this.history = history;
    }

    /** Tasks assigned to me, and tasks of my groups (claimed by someone else or not). */
    public TaskQuery visibleTo(OnrampUser me) {
        TaskQuery query = tasks.createTaskQuery().initializeFormKeys();
        if (me.has(Role.ADMIN)) {
            return query;
        }
        return query.or()
                .taskAssignee(me.getUsername())
                .taskCandidateUser(me.getUsername())
                .taskCandidateGroupIn(me.groupIds())
                .includeAssignedTasks()
                .endOr();
    }

    public long countOpen(OnrampUser me) {
        return visibleTo(me).count();
    }

    /** A task the user may see, or 404 (unknown and foreign tasks look the same); 409 when done or cancelled. */
    public Task require(String taskId, OnrampUser me) {
        Task task = tasks.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
        if (task == null) {
            HistoricTaskInstance done = history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
            if (done != null && done.getEndTime() != null && mayHaveSeen(done, me)) {
                throw new TaskNotOpenException(done.getName(), done.getAssignee(),
                        !TaskEntity.DELETE_REASON_COMPLETED.equals(done.getDeleteReason()));
            }
            throw new NotFoundException("task", taskId);
        }
        if (!maySee(task, me)) {
            throw new NotFoundException("task", taskId);
        }
        return task;
    }

    /** A task the user may work on now: visible and not claimed by someone else. */
    public Task requireWorkable(String taskId, OnrampUser me) {
        Task task = require(taskId, me);
        if (task.getAssignee() != null && !task.getAssignee().equals(me.getUsername())) {
            throw new TaskClaimedException(task.getName(), task.getAssignee());
        }
        return task;
    }

    /**
     * A task the user may work on now that belongs to the form {@code formKey} (the form in its URL): another
     * form's task is a 404, like an unknown one.
     */
    public Task requireWorkable(String taskId, String formKey, OnrampUser me) {
        Task task = requireWorkable(taskId, me);
        if (!formKey.equals(task.getFormKey())) {
            throw new NotFoundException(formKey + " task", taskId);
        }
        return task;
    }

    public void claim(String taskId, OnrampUser me) {
        Task task = requireWorkable(taskId, me);
        if (task.getAssignee() == null) {
            tasks.claim(taskId, me.getUsername());
        }
    }

    public void unclaim(String taskId, OnrampUser me) {
        requireWorkable(taskId, me);
        tasks.setAssignee(taskId, null);
    }

    public boolean maySee(Task task, OnrampUser me) {
        if (me.has(Role.ADMIN) || me.getUsername().equals(task.getAssignee())) {
            return true;
        }
        List<IdentityLink> links = tasks.getIdentityLinksForTask(task.getId());
        return links.stream().anyMatch(l -> me.getUsername().equals(l.getUserId())
                || (l.getGroupId() != null && me.groupIds().contains(l.getGroupId())));
    }

    private boolean mayHaveSeen(HistoricTaskInstance done, OnrampUser me) {
        if (me.has(Role.ADMIN) || me.getUsername().equals(done.getAssignee())) {
            return true;
        }
        return history.createHistoricIdentityLinkLogQuery().taskId(done.getId()).list().stream()
                .anyMatch(l -> me.getUsername().equals(l.getUserId())
                        || (l.getGroupId() != null && me.groupIds().contains(l.getGroupId())));
    }
}
