package dev.onramp.hiring;

import dev.onramp.people.OnrampUser;
import dev.onramp.system.NotFoundException;
import dev.onramp.tasklist.TaskList;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The screening task: who may work on it, its application, and completing it. */
@Service
class Screening {

    private static final Logger log = LoggerFactory.getLogger(Screening.class);

    private final TaskList taskList;
    private final TaskService tasks;
    private final ApplicationRepository applications;

    Screening(TaskList taskList, TaskService tasks, ApplicationRepository applications) {
        this.taskList = taskList;
        this.tasks = tasks;
        this.applications = applications;
    }

    /**
     * A screening task {@code me} may work on now, with its application: 404 for an unknown or foreign task (and
     * for a task that is not a screening), 409 when it is done or claimed by someone else.
     */
    ScreeningTask require(String taskId, OnrampUser me) {
        Task task = taskList.requireWorkable(taskId, HiringProcess.FORM_SCREEN, me);
        if (!HiringProcess.TASK_SCREEN.equals(task.getTaskDefinitionKey())) {
            throw new NotFoundException("screening task", taskId);
        }
        // read together with the task, which must still be open: a task completed a moment ago (another tab, someone
        // else) is found gone here and tasklist's TaskErrors answers 409, where looking the application up by its
        // process would show the form of a task that is gone (after a rejection the process lives on a moment)
        Application application = applications.findByOpenTask(taskId, HiringProcess.VAR_APPLICATION_ID)
                .orElseThrow(() -> new NotFoundException("screening task", taskId));
        return new ScreeningTask(task, application);
    }

    /**
     * Completes a validated screening as {@code me}: a rejection's reason, and the note of either outcome, are kept on
     * the application first (never a process variable), then the task completes with {@code screening}. All or nothing.
     */
    @Transactional
    Application screen(String taskId, ScreeningForm form, OnrampUser me) {
        ScreeningTask screening = require(taskId, me);
        long applicationId = screening.application().id();
        if (form.outcome() == ScreeningForm.Outcome.REJECT) {
            applications.saveRejectionAtScreening(applicationId, form.reason().strip());
        } else if (form.reason() != null && !form.reason().isBlank()) {
            applications.saveScreeningNote(applicationId, form.reason().strip());
        }
        // completed a moment ago, in another tab or by someone else: tasklist's TaskErrors answers 409
        if (screening.task().getAssignee() == null) {
            tasks.setAssignee(taskId, me.getUsername());
        }
        tasks.complete(taskId, Variables.createVariables()
                .putValue(HiringProcess.VAR_SCREENING, form.outcome().variable()));
        log.info("Application {} screened by person {}: {}", applicationId, me.personId(), form.outcome());
        return screening.application();
    }

    /** An open screening task and the application it screens. */
    record ScreeningTask(Task task, Application application) {
    }
}
