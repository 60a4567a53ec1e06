package dev.onramp.decision;

import dev.onramp.hiring.ApplicationRepository;
import dev.onramp.hiring.RequisitionRepository;
import dev.onramp.people.Person;
import dev.onramp.tasklist.TaskHolders;
import dev.onramp.tasklist.TaskVariables;
import java.util.Set;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.LongValue;
import org.springframework.stereotype.Component;

/** The debrief and the approval of an offer outside the band are held by the requisition's hiring manager only. */
@Component
class HiringManagerHoldsDecisions implements TaskHolders {

    private static final Set<String> TASKS = Set.of(DecideAndOffer.TASK_DEBRIEF, DecideAndOffer.TASK_APPROVE_OFFER);

    private final TaskVariables variables;
    private final ApplicationRepository applications;
    private final RequisitionRepository requisitions;

    HiringManagerHoldsDecisions(TaskVariables variables, ApplicationRepository applications,
                                RequisitionRepository requisitions) {
        this.variables = variables;
        this.applications = applications;
        this.requisitions = requisitions;
    }

    @Override
    public boolean decides(Task task) {
        return TASKS.contains(task.getTaskDefinitionKey());
    }

    @Override
    public boolean mayHold(Task task, Person person) {
        LongValue applicationId = variables.<LongValue>typed(task, DecideAndOffer.VAR_APPLICATION_ID).orElse(null);
        if (applicationId == null || applicationId.getValue() == null) {
            return false;
        }
        long requisitionId = applications.get(applicationId.getValue()).requisitionId();
        return requisitions.get(requisitionId).hiringManagerId() == person.id();
    }
}
