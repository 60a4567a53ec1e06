package dev.onramp.tasklist;

import dev.onramp.people.OnrampUser;
import java.time.Clock;
import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** My tasks: mine and my groups', sorted by due date; each opens the form its formKey names. */
@Controller
class TaskListController {

    static final String VIEW = "tasklist/tasks";

    private final TaskList taskList;
    private final Clock clock;

    TaskListController(TaskList taskList, Clock clock) {
        this.taskList = taskList;
        this.clock = clock;
    }

    @GetMapping("/tasks")
    String tasks(@AuthenticationPrincipal OnrampUser me, Model model) {
        List<Task> tasks = taskList.visibleTo(me).orderByDueDate().asc().orderByTaskCreateTime().asc().list();
        model.addAttribute("tasks", tasks);
        model.addAttribute("now", java.util.Date.from(clock.instant()));
        model.addAttribute("zone", me.timeZone());
        return VIEW;
    }

    /** A task's form lives at {@code /tasks/{id}/{formKey}}; this routes there after the access check. */
    @GetMapping("/tasks/{taskId}")
    String open(@PathVariable String taskId, @AuthenticationPrincipal OnrampUser me) {
        Task task = taskList.require(taskId, me);
        return "redirect:/tasks/" + task.getId() + "/" + task.getFormKey();
    }

    @PostMapping("/tasks/{taskId}/claim")
    String claim(@PathVariable String taskId, @AuthenticationPrincipal OnrampUser me, RedirectAttributes redirect) {
        taskList.claim(taskId, me);
        redirect.addFlashAttribute("flash", "tasks.claimed");
        return "redirect:/tasks/" + taskId;
    }

    @PostMapping("/tasks/{taskId}/unclaim")
    String unclaim(@PathVariable String taskId, @AuthenticationPrincipal OnrampUser me, RedirectAttributes redirect) {
        taskList.unclaim(taskId, me);
        redirect.addFlashAttribute("flash", "tasks.unclaimed");
        return "redirect:/tasks";
    }
}
