package dev.onramp.tasklist;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A task that is done or someone else's gets a clear page (409), never a stack trace. */
@ControllerAdvice
class TaskErrors {

    static final String VIEW = "tasklist/task-unavailable";

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
}
