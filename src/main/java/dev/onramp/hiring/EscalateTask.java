package dev.onramp.hiring;

import dev.onramp.people.Person;
import dev.onramp.people.PersonRepository;
import dev.onramp.people.Role;
import dev.onramp.tasklist.Notifications;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A task is still open at its escalation date ({@link TaskDeadlines#BEAN_ESCALATE_TASK}): the hiring manager or the
 * recruiters, as the service task's input parameter {@link TaskDeadlines#INPUT_TELL} says, hear of it with a link
 * to the application: the hiring manager in the app and by mail, the recruiters in the app.
 */
@Component(TaskDeadlines.BEAN_ESCALATE_TASK)
class EscalateTask implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(EscalateTask.class);

    private final ApplicationRepository applications;
    private final RequisitionRepository requisitions;
    private final PersonRepository people;
    private final Notifications notifications;

    EscalateTask(ApplicationRepository applications, RequisitionRepository requisitions, PersonRepository people,
                 Notifications notifications) {
        this.applications = applications;
        this.requisitions = requisitions;
        this.people = people;
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        StringValue taskKey = execution.getVariableLocalTyped(TaskDeadlines.INPUT_TASK);
        StringValue message = execution.getVariableLocalTyped(TaskDeadlines.INPUT_MESSAGE);
        StringValue tell = execution.getVariableLocalTyped(TaskDeadlines.INPUT_TELL);
        Application application = applications.get(ApplicationOutcomes.applicationId(execution));
        List<Long> recipients = switch (tell.getValue()) {
            case TaskDeadlines.TELL_HIRING_MANAGER -> {
                StringValue username = execution.getVariableTyped(HiringProcess.VAR_HIRING_MANAGER);
                yield people.findByUsername(username.getValue()).map(Person::id).stream().toList();
            }
            case TaskDeadlines.TELL_RECRUITERS -> people.findByRole(Role.RECRUITER).stream().map(Person::id).toList();
            default -> throw new IllegalArgumentException(TaskDeadlines.INPUT_TELL + " must be "
                    + TaskDeadlines.TELL_HIRING_MANAGER + " or " + TaskDeadlines.TELL_RECRUITERS + ": " + tell.getValue());
        };
        if (recipients.isEmpty()) {
            log.warn("{} of application {} not escalated: nobody to tell ({})", taskKey.getValue(), application.id(),
                    tell.getValue());
            return;
        }
        String link = "/applications/" + application.id();
        String title = requisitions.get(application.requisitionId()).title();
        if (TaskDeadlines.TELL_HIRING_MANAGER.equals(tell.getValue())) {
            notifications.notifyAndMail(recipients, message.getValue(), link, title, application.id());
        } else {
            notifications.notify(recipients, message.getValue(), link, title, application.id());
        }
    }
}
