package dev.onramp.hiring;

import dev.onramp.people.Person;
import dev.onramp.people.PersonRepository;
import dev.onramp.people.Role;
import dev.onramp.tasklist.Notifications;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A task is due ({@link TaskDeadlines#BEAN_REMIND_TASK}): whoever it is for is reminded, with a link to it: its
 * assignee (in the app and by mail), or, while nobody has claimed it, everyone in its candidate groups (in the app).
 * Which task and which message come from the service task's input parameters; the candidate's name stays out of the
 * notification.
 */
@Component(TaskDeadlines.BEAN_REMIND_TASK)
class RemindTask implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(RemindTask.class);

    private final ApplicationRepository applications;
    private final RequisitionRepository requisitions;
    private final PersonRepository people;
    private final Notifications notifications;
    private final TaskService tasks;

    RemindTask(ApplicationRepository applications, RequisitionRepository requisitions, PersonRepository people,
               Notifications notifications, TaskService tasks) {
        this.applications = applications;
        this.requisitions = requisitions;
        this.people = people;
        this.notifications = notifications;
        this.tasks = tasks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        StringValue taskKey = execution.getVariableLocalTyped(TaskDeadlines.INPUT_TASK);
        StringValue message = execution.getVariableLocalTyped(TaskDeadlines.INPUT_MESSAGE);
        Application application = applications.get(ApplicationOutcomes.applicationId(execution));
        String title = requisitions.get(application.requisitionId()).title();
        for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(taskKey.getValue()).list()) {
            List<Long> recipients = recipients(task);
            if (recipients.isEmpty()) {
                log.warn("Reminder for task {} of application {} reached nobody", task.getId(), application.id());
                continue;
            }
            if (task.getAssignee() != null) {
                notifications.notifyAndMail(recipients, message.getValue(), "/tasks/" + task.getId(), title, application.id());
            } else {
                notifications.notify(recipients, message.getValue(), "/tasks/" + task.getId(), title, application.id());
            }
        }
    }

    private List<Long> recipients(Task task) {
        if (task.getAssignee() != null) {
            return people.findByUsername(task.getAssignee()).map(Person::id).stream().toList();
        }
        Set<Long> ids = new LinkedHashSet<>();
        tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .forEach(link -> people.findByRole(Role.fromGroupId(link.getGroupId())).forEach(p -> ids.add(p.id())));
        return List.copyOf(ids);
    }
}
