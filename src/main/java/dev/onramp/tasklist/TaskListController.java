package dev.onramp.tasklist;

import dev.onramp.people.OnrampUser;
import dev.onramp.people.Person;
import dev.onramp.people.PersonRepository;
import dev.onramp.people.Role;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * My tasks: mine and my groups', filtered and paged in the query, sorted by due date; each opens the form its formKey names. Claiming,
 * releasing and (admins) reassigning a task, by {@link TaskList}'s rules.
 */
@Controller
class TaskListController {

    static final String VIEW = "tasklist/tasks";
    static final String REASSIGN_VIEW = "tasklist/reassign";
    /** How a row shows its due date, in the person's time zone. */
    static final String DUE_PATTERN = "EEE d MMM HH:mm";

    private final TaskList taskList;
    private final TaskRows rows;
    private final PersonRepository people;
    private final MessageSource messages;

    TaskListController(TaskList taskList, TaskRows rows, PersonRepository people, MessageSource messages) {
        this.taskList = taskList;
        this.rows = rows;
        this.people = people;
        this.messages = messages;
    }

    /**
     * My tasks. Filters: {@code team} (a team's key), {@code requisition} (an id), {@code type} (a form key),
     * {@code show} ({@code mine}, {@code groups} or {@code all}, the default; {@code mine=true} means
     * {@code show=mine}); paging: {@code after} or {@code before} a key ({@code <due epoch millis or none>~<task id>},
     * as the page's links carry it), {@code size} (1 to 100, default 50). Malformed values are ignored.
     */
    @GetMapping("/tasks")
    String tasks(@AuthenticationPrincipal OnrampUser me,
                 @RequestParam(required = false) String team,
                 @RequestParam(required = false) String requisition,
                 @RequestParam(required = false) String type,
                 @RequestParam(required = false) String show,
                 @RequestParam(required = false) String mine,
                 @RequestParam(required = false) String after,
                 @RequestParam(required = false) String before,
                 @RequestParam(required = false) String size,
                 Locale locale, Model model) {
        TaskSearch.Criteria filter = new TaskSearch.Criteria(scope(show, mine), blankToNull(team), parseId(requisition),
                blankToNull(type));
        TaskSearch.Position position = TaskSearch.Key.parse(before).map(k -> new TaskSearch.Position(null, k))
                .or(() -> TaskSearch.Key.parse(after).map(k -> new TaskSearch.Position(k, null)))
                .orElse(TaskSearch.Position.FIRST);
        int pageSize = pageSize(size);
        TaskRows.TaskPage page = rows.page(me, filter, position, pageSize);
        model.addAttribute("page", page);
        UriComponentsBuilder first = UriComponentsBuilder.fromPath("/tasks")
                .queryParamIfPresent("team", java.util.Optional.ofNullable(filter.team()))
                .queryParamIfPresent("requisition", java.util.Optional.ofNullable(filter.requisition()))
                .queryParamIfPresent("type", java.util.Optional.ofNullable(filter.type()))
                .queryParam("show", filter.scope().name().toLowerCase(java.util.Locale.ROOT))
                .queryParamIfPresent("size", pageSize == TaskRows.PAGE_SIZE ? java.util.Optional.empty()
                        : java.util.Optional.of(pageSize));
        model.addAttribute("firstUrl", first.encode().toUriString());
        model.addAttribute("previousUrl", page.previous() == null ? null
                : first.cloneBuilder().queryParam("before", page.previous()).encode().toUriString());
        model.addAttribute("nextUrl", page.next() == null ? null
                : first.cloneBuilder().queryParam("after", page.next()).encode().toUriString());
        model.addAttribute("filter", filter);
        model.addAttribute("show", filter.scope().name().toLowerCase(java.util.Locale.ROOT));
        model.addAttribute("size", pageSize == TaskRows.PAGE_SIZE ? null : pageSize);
        model.addAttribute("zone", me.timeZone());
        // asked once, not once a row: the security dialect's check per row was a fifth of the page's rendering
        model.addAttribute("admin", me.has(Role.ADMIN));
        // each row's due date and type label, formatted here once per row or type: in the template, the formatting
        // calls and message lookups per row were a good part of the page's rendering
        DateTimeFormatter dueFormat = DateTimeFormatter.ofPattern(DUE_PATTERN, locale);
        Map<String, String> dues = new HashMap<>();
        Map<String, String> typeLabels = new HashMap<>();
        for (TaskRows.TaskRow row : page.rows()) {
            if (row.due() != null) {
                dues.put(row.id(), dueFormat.format(row.due().atZone(me.timeZone())));
            }
            if (row.type() != null) {
                typeLabels.computeIfAbsent(row.type(), k -> messages.getMessage("taskType." + k, null, null, locale));
            }
        }
        model.addAttribute("dues", dues);
        model.addAttribute("typeLabels", typeLabels);
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

    private static TaskSearch.Scope scope(String show, String mine) {
        if (show != null) {
            for (TaskSearch.Scope scope : TaskSearch.Scope.values()) {
                if (scope.name().equalsIgnoreCase(show.strip())) {
                    return scope;
                }
            }
        }
        return "true".equalsIgnoreCase(mine) ? TaskSearch.Scope.MINE : TaskSearch.Scope.ALL;
    }

    /** 1 to {@link TaskRows#MAX_PAGE_SIZE}; anything else (missing, malformed, out of range) the default. */
    private static int pageSize(String size) {
        try {
            int n = size == null ? TaskRows.PAGE_SIZE : Integer.parseInt(size.strip());
            return n >= 1 && n <= TaskRows.MAX_PAGE_SIZE ? n : TaskRows.PAGE_SIZE;
        } catch (NumberFormatException e) {
            return TaskRows.PAGE_SIZE;
        }
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
