package dev.onramp.decision;

import dev.onramp.hiring.Application;
import dev.onramp.hiring.ApplicationRepository;
import dev.onramp.hiring.HiringProcess;
import dev.onramp.people.OnrampUser;
import dev.onramp.system.NotFoundException;
import dev.onramp.tasklist.TaskList;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.LongValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The interim decision task of {@link DecideAndOffer}: the hiring manager decides hire or no hire, with a
 * rationale kept as the application's outcome reason. DMN voting replaces this later.
 */
@Service
class InterimDecision {

    private static final Logger log = LoggerFactory.getLogger(InterimDecision.class);

    private final TaskList taskList;
    private final TaskService tasks;
    private final ApplicationRepository applications;

    InterimDecision(TaskList taskList, TaskService tasks, ApplicationRepository applications) {
        this.taskList = taskList;
        this.tasks = tasks;
        this.applications = applications;
    }

    /** A decision task {@code me} may work on now, with its application (404 for anything else, 409 when done). */
    DecisionTask require(String taskId, OnrampUser me) {
        Task task = taskList.requireWorkable(taskId, me);
        if (!DecideAndOffer.TASK_RECORD_DECISION.equals(task.getTaskDefinitionKey())
                || !DecideAndOffer.FORM_DECIDE.equals(task.getFormKey())) {
            throw new NotFoundException("decision task", taskId);
        }
        LongValue applicationId = tasks.getVariableTyped(taskId, HiringProcess.VAR_APPLICATION_ID);
        return new DecisionTask(task, applications.get(applicationId.getValue()));
    }

    /** Keeps the rationale on the application, then completes the task with {@code decision}; all or nothing. */
    @Transactional
    Application decide(String taskId, DecisionForm form, OnrampUser me) {
        DecisionTask decision = require(taskId, me);
        long applicationId = decision.application().id();
        applications.saveOutcomeReason(applicationId, form.rationale().strip());
        try {
            if (decision.task().getAssignee() == null) {
                tasks.setAssignee(taskId, me.getUsername());
            }
            tasks.complete(taskId, Variables.createVariables()
                    .putValue(DecideAndOffer.VAR_DECISION, form.decision().variable()));
        } catch (ProcessEngineException e) {
            taskList.require(taskId, me);
            throw e;
        }
        log.info("Application {} decided by person {}: {}", applicationId, me.personId(), form.decision());
        return decision.application();
    }

    /** An open decision task and its application. */
    record DecisionTask(Task task, Application application) {
    }
}
