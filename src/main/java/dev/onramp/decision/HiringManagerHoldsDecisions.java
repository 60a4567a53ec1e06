package dev.onramp.decision;

import dev.onramp.hiring.ApplicationRepository;
import dev.onramp.hiring.RequisitionRepository;
import dev.onramp.people.Person;
import dev.onramp.tasklist.TaskHolders;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.LongValue;
import org.springframework.stereotype.Component;

/** The debrief and the approval of an offer outside the band are held by the requisition's hiring manager only. */
@Component
class HiringManagerHoldsDecisions implements TaskHolders {

    private static final Set<String> TASKS = Set.of(DecideAndOffer.TASK_DEBRIEF, DecideAndOffer.TASK_APPROVE_OFFER);

    private final TaskService tasks;
    private final ApplicationRepository applications;
    private final RequisitionRepository requisitions;

    HiringManagerHoldsDecisions(TaskService tasks, ApplicationRepository applications, RequisitionRepository requisitions) {
        this.tasks = tasks;
        this.applications = applications;
        this.requisitions = requisitions;
    }

    @Override
    public boolean decides(Task task) {
        return TASKS.contains(task.getTaskDefinitionKey());
    }

    @Override
    public boolean mayHold(Task task, Person person) {
        LongValue applicationId = tasks.getVariableTyped(task.getId(), DecideAndOffer.VAR_APPLICATION_ID);
        if (applicationId == null || applicationId.getValue() == null) {
            return false;
        }
        long requisitionId = applications.get(applicationId.getValue()).requisitionId();
        return requisitions.get(requisitionId).hiringManagerId() == person.id();
    }
}
