package dev.onramp.hiring;

import dev.onramp.people.Person;
import dev.onramp.people.PersonRepository;
import dev.onramp.people.Role;
import dev.onramp.tasklist.Notifications;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The screening is due: every recruiter is reminded, with the requisition's title and a link to the screening
 * task (or, once it is done, the application). The candidate's name stays out of the notification.
 */
@Component(HiringProcess.BEAN_NOTIFY_RECRUITERS)
class NotifyRecruiters implements JavaDelegate {

    private final ApplicationRepository applications;
    private final RequisitionRepository requisitions;
    private final PersonRepository people;
    private final Notifications notifications;
    private final TaskService tasks;

    NotifyRecruiters(ApplicationRepository applications, RequisitionRepository requisitions, PersonRepository people,
                     Notifications notifications, TaskService tasks) {
        this.applications = applications;
        this.requisitions = requisitions;
        this.people = people;
        this.notifications = notifications;
        this.tasks = tasks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Application application = applications.get(ApplicationOutcomes.applicationId(execution));
        Task screening = tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(HiringProcess.TASK_SCREEN).singleResult();
        String link = screening != null ? "/tasks/" + screening.getId() : "/applications/" + application.id();
        notifications.notify(people.findByRole(Role.RECRUITER).stream().map(Person::id).toList(),
                "notification.screening.reminder", link,
                requisitions.get(application.requisitionId()).title(), application.id());
    }
}
