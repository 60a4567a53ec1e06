package dev.onramp.tasklist;

import dev.onramp.people.Person;
import dev.onramp.people.PersonRepository;
import dev.onramp.people.Role;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A new task that a feature announces ({@link AnnouncedTasks}) is told to the people it is for, with a link to it:
 * its assignee in the app and by e-mail, or, when it is offered to a group, everyone in the group in the app only.
 * The Camunda starter's event bridge publishes each task event inside the engine's command, so the notification
 * (and its mail) commits or rolls back with the task. The text names the task and its requisition (or the new hire
 * of an onboarding), never a candidate.
 */
@Component
class TaskArrivals {

    static final String MESSAGE = "notification.task.new";

    private final Set<String> announced;
    private final List<TaskSubjects> subjects;
    private final PersonRepository people;
    private final Notifications notifications;

    TaskArrivals(List<AnnouncedTasks> announced, List<TaskSubjects> subjects, PersonRepository people,
                 Notifications notifications) {
        this.announced = announced.stream().flatMap(a -> a.announcedTasks().stream()).collect(Collectors.toSet());
        this.subjects = subjects;
        this.people = people;
        this.notifications = notifications;
    }

    @EventListener
    void arrived(DelegateTask task) {
        if (!TaskListener.EVENTNAME_CREATE.equals(task.getEventName()) || !announced.contains(task.getTaskDefinitionKey())) {
            return;
        }
        String link = "/tasks/" + task.getId();
        String about = about(task.getExecution());
        if (task.getAssignee() != null) {
            people.findByUsername(task.getAssignee()).ifPresent(assignee ->
                    notifications.notifyAndMail(List.of(assignee.id()), MESSAGE, link, task.getName(), about));
            return;
        }
        Set<Long> group = new LinkedHashSet<>();
        task.getCandidates().stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .forEach(l -> people.findByRole(Role.fromGroupId(l.getGroupId())).stream().map(Person::id).forEach(group::add));
        if (!group.isEmpty()) {
            notifications.notify(group, MESSAGE, link, task.getName(), about);
        }
    }

    /** The requisition's title, else whom the task is about (a new hire); "" when no feature knows. */
    private String about(DelegateExecution execution) {
        if (execution == null) {
            return "";
        }
        DelegateExecution instance = execution.getProcessInstance();
        Map<String, Object> variables = new HashMap<>();
        subjects.stream().flatMap(s -> s.variableNames().stream()).distinct().forEach(name -> {
            Object value = instance.getVariableLocal(name);
            if (value != null) {
                variables.put(name, value);
            }
        });
        String id = instance.getId();
        return subjects.stream().map(s -> s.describe(Map.of(id, variables)).get(id))
                .filter(java.util.Objects::nonNull)
                .map(s -> s.requisitionTitle() != null ? s.requisitionTitle() : s.about())
                .filter(java.util.Objects::nonNull).findFirst().orElse("");
    }
}
