package dev.onramp.onboarding;

import dev.onramp.people.OnrampUser;
import dev.onramp.people.Person;
import dev.onramp.people.PersonRepository;
import dev.onramp.system.NotFoundException;
import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The mentor's onboarding tasks ({@code mentor-task}): a short checklist per kind and notes, kept in
 * mentor_task_record. Only the assigned mentor may open and complete one (others: 404, or 409 for admins).
 */
@Controller
class MentorTaskController {

    static final String VIEW = "onboarding/mentor-task";
    static final int NOTES_MAX = 2000;

    private final OnboardingTasks tasks;
    private final PersonRepository people;

    MentorTaskController(OnboardingTasks tasks, PersonRepository people) {
        this.tasks = tasks;
        this.people = people;
    }

    @InitBinder("mentorTaskForm")
    void initMentorTaskBinder(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @GetMapping("/tasks/{taskId}/" + OnboardingProcess.FORM_MENTOR_TASK)
    String initMentorTaskForm(@PathVariable String taskId, @AuthenticationPrincipal OnrampUser me, Model model) {
        Task task = tasks.requireWorkable(taskId, OnboardingProcess.FORM_MENTOR_TASK, me);
        model.addAttribute("mentorTaskForm", new MentorTaskForm(List.of(), null));
        return form(task, me, model);
    }

    @PostMapping("/tasks/{taskId}/" + OnboardingProcess.FORM_MENTOR_TASK)
    String processMentorTaskForm(@PathVariable String taskId, MentorTaskForm mentorTaskForm, BindingResult result,
                                 @AuthenticationPrincipal OnrampUser me, Model model, RedirectAttributes redirect) {
        Task task = tasks.requireWorkable(taskId, OnboardingProcess.FORM_MENTOR_TASK, me);
        MentorTask kind = kind(task);
        List<String> checked = mentorTaskForm.checked() == null ? List.of() : mentorTaskForm.checked();
        if (!kind.checklistKeys().containsAll(checked)) {
            result.rejectValue("checked", "onboarding.mentorTask.checked.unknown");
        }
        if (mentorTaskForm.notes() != null && mentorTaskForm.notes().length() > NOTES_MAX) {
            result.rejectValue("notes", "onboarding.tooLong", new Object[] {String.valueOf(NOTES_MAX)}, null);
        }
        if (result.hasErrors()) {
            return form(task, me, model);
        }
        tasks.completeMentorTask(task, kind, me, kind.checklistKeys().stream().filter(checked::contains).toList(),
                mentorTaskForm.notes());
        redirect.addFlashAttribute("flash", "onboarding.mentorTask.done");
        return "redirect:/mentees";
    }

    private String form(Task task, OnrampUser me, Model model) {
        Person hire = people.get(tasks.newHireId(task));
        model.addAttribute("task", task);
        model.addAttribute("kind", kind(task));
        model.addAttribute("hire", hire);
        model.addAttribute("dueForHire", task.getDueDate() == null ? null : task.getDueDate().toInstant().atZone(hire.timeZone()));
        model.addAttribute("dueForMe", task.getDueDate() == null ? null : task.getDueDate().toInstant().atZone(me.timeZone()));
        model.addAttribute("myZone", me.timeZone());
        return VIEW;
    }

    private MentorTask kind(Task task) {
        return tasks.mentorTask(task).orElseThrow(() -> new NotFoundException("mentor task", task.getId()));
    }

    /** The checklist keys ticked, and free notes. */
    record MentorTaskForm(List<String> checked, String notes) {
    }
}
