package dev.onramp.onboarding;

import dev.onramp.people.OnrampUser;
import dev.onramp.people.Person;
import dev.onramp.people.PersonRepository;
import dev.onramp.xschool.Assignment;
import dev.onramp.xschool.XSchool;
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

/** The X-School coordinator's {@code book-travel} and {@code visa-letter} tasks: done, with a note. */
@Controller
class CoordinatorTaskController {

    static final String VIEW = "onboarding/coordinator-task";
    static final int NOTE_MAX = 1000;
    private static final String FORMS = "{formKey:" + OnboardingProcess.FORM_BOOK_TRAVEL + "|"
            + OnboardingProcess.FORM_VISA_LETTER + "}";

    private final OnboardingTasks tasks;
    private final PersonRepository people;
    private final XSchool xschool;

    CoordinatorTaskController(OnboardingTasks tasks, PersonRepository people, XSchool xschool) {
        this.tasks = tasks;
        this.people = people;
        this.xschool = xschool;
    }

    @InitBinder("coordinatorTaskForm")
    void initCoordinatorBinder(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @GetMapping("/tasks/{taskId}/" + FORMS)
    String initCoordinatorForm(@PathVariable String taskId, @PathVariable String formKey,
                               @AuthenticationPrincipal OnrampUser me, Model model) {
        Task task = tasks.requireWorkable(taskId, formKey, me);
        model.addAttribute("coordinatorTaskForm", new CoordinatorTaskForm(false, null));
        return form(task, me, model);
    }

    @PostMapping("/tasks/{taskId}/" + FORMS)
    String processCoordinatorForm(@PathVariable String taskId, @PathVariable String formKey,
                                  CoordinatorTaskForm coordinatorTaskForm, BindingResult result,
                                  @AuthenticationPrincipal OnrampUser me, Model model, RedirectAttributes redirect) {
        Task task = tasks.requireWorkable(taskId, formKey, me);
        if (result.hasErrors()) { // "done" that is not a boolean
            return form(task, me, model);
        }
        if (!Boolean.TRUE.equals(coordinatorTaskForm.done())) {
            result.rejectValue("done", "onboarding.coordinator.done.required");
        }
        if (coordinatorTaskForm.note() != null && coordinatorTaskForm.note().length() > NOTE_MAX) {
            result.rejectValue("note", "onboarding.tooLong", new Object[] {String.valueOf(NOTE_MAX)}, null);
        }
        if (result.hasErrors()) {
            return form(task, me, model);
        }
        tasks.completeCoordinatorTask(task, me, coordinatorTaskForm.note());
        redirect.addFlashAttribute("flash", "onboarding.coordinator.saved");
        return "redirect:/tasks";
    }

    private String form(Task task, OnrampUser me, Model model) {
        Person hire = people.get(tasks.newHireId(task));
        model.addAttribute("due", task.getDueDate() == null ? null : task.getDueDate().toInstant().atZone(me.timeZone()));
        model.addAttribute("myZone", me.timeZone());
        model.addAttribute("task", task);
        model.addAttribute("hire", hire);
        model.addAttribute("cohortStart", xschool.current(hire.id()).map(Assignment::cohortStart).orElse(null));
        return VIEW;
    }

    /** The task is done (ticked), with an optional note such as a booking reference. */
    record CoordinatorTaskForm(Boolean done, String note) {
    }
}
