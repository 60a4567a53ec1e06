package dev.onramp.tasklist;

import dev.onramp.people.OnrampUser;
import dev.onramp.system.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.HandlerMapping;

/**
 * A task that is done or someone else's gets a clear page (409), never a stack trace: also when it was completed by
 * someone else between this request's check and its own read or complete (two clients submitting the same form at
 * once), which surfaces as whatever the engine or the database says about a task that vanished meanwhile.
 */
@ControllerAdvice
class TaskErrors {

    static final String VIEW = "tasklist/task-unavailable";

    private static final Logger log = LoggerFactory.getLogger(TaskErrors.class);

    private final TaskList taskList;

    TaskErrors(TaskList taskList) {
        this.taskList = taskList;
    }

    @ExceptionHandler(TaskNotOpenException.class)
    String notOpen(TaskNotOpenException e, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        model.addAttribute("messageKey", e.cancelled() ? "tasks.unavailable.cancelled" : "tasks.unavailable.done");
        model.addAttribute("taskName", e.taskName());
        model.addAttribute("who", e.completedBy() == null ? "" : e.completedBy());
        return VIEW;
    }

    @ExceptionHandler(TaskClaimedException.class)
    String claimed(TaskClaimedException e, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        model.addAttribute("messageKey", "tasks.unavailable.claimed");
        model.addAttribute("taskName", e.taskName());
        model.addAttribute("who", e.claimedBy());
        return VIEW;
    }

    /**
     * The one place for a task completed by someone else a moment ago, while this request worked on it (the engine's
     * "task doesn't exist", its optimistic locking or its own NullPointerException on a process instance gone, a lost
     * race in the database, a variable gone with its process): on a task's page ({@code /tasks/{taskId}/…}) whose task
     * is now done, the same 409 page as for a done task. Anything else (the task still open, or not a task's page)
     * stays the error it was.
     */
    @ExceptionHandler({ProcessEngineException.class, ConcurrencyFailureException.class,
            DataIntegrityViolationException.class, NotFoundException.class, NullPointerException.class})
    String completedMeanwhile(Exception e, HttpServletRequest request, Principal principal, Model model,
                              HttpServletResponse response) throws Exception {
        String taskId = taskIdOf(request);
        if (taskId == null || !(principal instanceof Authentication signedIn)
                || !(signedIn.getPrincipal() instanceof OnrampUser me)) {
            throw e;
        }
        try {
            taskList.requireWorkable(taskId, me);
        } catch (TaskNotOpenException done) {
            log.info("Task {} was completed meanwhile ({}): answered 409", taskId, e.getClass().getSimpleName());
            return notOpen(done, model, response);
        } catch (TaskClaimedException taken) {
            if (e instanceof NotFoundException) {
                throw e; // the form's own rule hides this task from this person (an interviewer's feedback): 404 stays
            }
            log.info("Task {} was claimed meanwhile ({}): answered 409", taskId, e.getClass().getSimpleName());
            return claimed(taken, model, response);
        } catch (RuntimeException stillUnknown) {
            throw e;
        }
        throw e;
    }

    private static String taskIdOf(HttpServletRequest request) {
        if (!(request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables)
                || !request.getRequestURI().startsWith(request.getContextPath() + "/tasks/")) {
            return null;
        }
        return variables.get("taskId") instanceof String taskId ? taskId : null;
    }
}
