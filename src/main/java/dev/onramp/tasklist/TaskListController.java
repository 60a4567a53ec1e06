package dev.onramp.tasklist;

import dev.onramp.people.OnrampUser;
import dev.onramp.people.TeamRepository;
import org.camunda.bpm.engine.task.Task;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** My tasks: mine and my groups', filtered and sorted by due date; each opens the form its formKey names. */
@Controller
class TaskListController {

    static final String VIEW = "tasklist/tasks";

    private final TaskList taskList;
    private final TaskRows rows;
    private final TeamRepository teams;

    TaskListController(TaskList taskList, TaskRows rows, TeamRepository teams) {
        this.taskList = taskList;
        this.rows = rows;
        this.teams = teams;
    }

    @GetMapping("/tasks")
    String tasks(@AuthenticationPrincipal OnrampUser me,
                 @RequestParam(required = false) String team,
                 @RequestParam(required = false) String requisition,
                 @RequestParam(required = false) String type,
                 @RequestParam(required = false) Boolean mine,
                 Model model) {
        Long requisitionId = parseId(requisition);
        TaskRows.TaskFilter filter = new TaskRows.TaskFilter(blankToNull(team), requisitionId, blankToNull(type), mine,
                me.getUsername());
        model.addAttribute("page", rows.page(me, filter));
        model.addAttribute("filter", filter);
        model.addAttribute("teamNames", teams.findAll().stream()
                .collect(java.util.stream.Collectors.toMap(t -> t.slug(), t -> t.name())));
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

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** A malformed requisition filter is ignored rather than answered with a 400. */
    private static Long parseId(String s) {
        try {
            return s == null || s.isBlank() ? null : Long.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
