package dev.onramp.tasklist;

import dev.onramp.people.OnrampUser;
import dev.onramp.people.Person;
import dev.onramp.people.PersonRepository;
import dev.onramp.people.TeamRepository;
import org.camunda.bpm.engine.task.Task;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * My tasks: mine and my groups', filtered and sorted by due date; each opens the form its formKey names. Claiming,
 * releasing and (admins) reassigning a task, by {@link TaskList}'s rules.
 */
@Controller
class TaskListController {

    static final String VIEW = "tasklist/tasks";
    static final String REASSIGN_VIEW = "tasklist/reassign";

    private final TaskList taskList;
    private final TaskRows rows;
    private final TeamRepository teams;
    private final PersonRepository people;

    TaskListController(TaskList taskList, TaskRows rows, TeamRepository teams, PersonRepository people) {
        this.taskList = taskList;
        this.rows = rows;
        this.teams = teams;
        this.people = people;
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

    /** The admin's page of a task: who holds it, and the form that hands it to someone else. */
    @GetMapping("/tasks/{taskId}/reassign")
    String initReassignForm(@PathVariable String taskId, @AuthenticationPrincipal OnrampUser me, Model model) {
        Task task = taskList.requireReassignable(taskId, me);
        model.addAttribute("reassignForm", new ReassignForm(null));
        return reassignPage(task, model);
    }

    @PostMapping("/tasks/{taskId}/reassign")
    String processReassignForm(@PathVariable String taskId, ReassignForm reassignForm, BindingResult result,
                               @AuthenticationPrincipal OnrampUser me, Model model, RedirectAttributes redirect) {
        Task task = taskList.requireReassignable(taskId, me);
        try {
            taskList.reassign(taskId, reassignForm.username(), me);
        } catch (UnfitAssigneeException e) {
            result.rejectValue("username", e.messageKey());
            return reassignPage(task, model);
        }
        redirect.addFlashAttribute("flash", "tasks.reassign.done");
        return "redirect:/tasks";
    }

    private String reassignPage(Task task, Model model) {
        model.addAttribute("task", task);
        model.addAttribute("holder", task.getAssignee() == null ? null
                : people.findByUsername(task.getAssignee()).map(Person::displayName).orElse(task.getAssignee()));
        model.addAttribute("possibleHolders", taskList.possibleHolders(task));
        return REASSIGN_VIEW;
    }

    /** The reassign form: the username of the person who gets the task. */
    record ReassignForm(String username) {
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
