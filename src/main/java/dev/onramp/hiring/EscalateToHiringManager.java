package dev.onramp.hiring;

import dev.onramp.people.Person;
import dev.onramp.people.PersonRepository;
import dev.onramp.tasklist.Notifications;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The screening is still open after its escalation date: the hiring manager hears of it. */
@Component(HiringProcess.BEAN_ESCALATE_TO_HIRING_MANAGER)
class EscalateToHiringManager implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(EscalateToHiringManager.class);

    private final ApplicationRepository applications;
    private final RequisitionRepository requisitions;
    private final PersonRepository people;
    private final Notifications notifications;

    EscalateToHiringManager(ApplicationRepository applications, RequisitionRepository requisitions,
                            PersonRepository people, Notifications notifications) {
        this.applications = applications;
        this.requisitions = requisitions;
        this.people = people;
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Application application = applications.get(ApplicationOutcomes.applicationId(execution));
        StringValue username = execution.getVariableTyped(HiringProcess.VAR_HIRING_MANAGER);
        List<Long> hiringManager = people.findByUsername(username.getValue()).map(Person::id).stream().toList();
        if (hiringManager.isEmpty()) {
            log.warn("Screening of application {} not escalated: its hiring manager is no longer a person here",
                    application.id());
            return;
        }
        notifications.notify(hiringManager, "notification.screening.escalated", "/applications/" + application.id(),
                requisitions.get(application.requisitionId()).title(), application.id());
    }
}
