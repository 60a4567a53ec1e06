package dev.onramp.decision;

import dev.onramp.feedback.Scorecards;
import dev.onramp.people.OnrampUser;
import jakarta.validation.Valid;
import org.camunda.bpm.engine.task.Task;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /tasks/{id}/debrief}: the hiring manager sees the votes and decides hire, no hire or one more interview. */
@Controller
class DebriefController {

    static final String VIEW = "decision/debrief";

    private final DecideAndOfferTasks tasks;
    private final Debriefs debriefs;
    private final DebriefFormValidator validator;
    private final Scorecards scorecards;

    DebriefController(DecideAndOfferTasks tasks, Debriefs debriefs, DebriefFormValidator validator,
                      Scorecards scorecards) {
        this.tasks = tasks;
        this.debriefs = debriefs;
        this.validator = validator;
        this.scorecards = scorecards;
    }

    @InitBinder("debriefForm")
    void initDebriefBinder(WebDataBinder binder) {
        binder.addValidators(validator);
    }

    @ModelAttribute("task")
    Task task(@PathVariable String taskId, @AuthenticationPrincipal OnrampUser me) {
        return tasks.require(taskId, me, DecideAndOffer.FORM_DEBRIEF);
    }

    @GetMapping("/tasks/{taskId}/" + DecideAndOffer.FORM_DEBRIEF)
    String initDebriefForm(@ModelAttribute(name = "task", binding = false) Task task,
                           @AuthenticationPrincipal OnrampUser me, Model model) {
        model.addAttribute("debriefForm", DebriefForm.empty());
        return view(task, me, model);
    }

    @PostMapping("/tasks/{taskId}/" + DecideAndOffer.FORM_DEBRIEF)
    String processDebriefForm(@ModelAttribute(name = "task", binding = false) Task task, @Valid DebriefForm debriefForm, BindingResult result,
                              @AuthenticationPrincipal OnrampUser me, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return view(task, me, model);
        }
        DecideAndOffer.DebriefOutcome outcome = debriefForm.debriefOutcome().orElseThrow();
        debriefs.decide(task, outcome, debriefForm.rationale(), me);
        redirect.addFlashAttribute("flash", "debrief.done." + outcome.name());
        return "redirect:/tasks";
    }

    private String view(Task task, OnrampUser me, Model model) {
        Debriefs.DebriefSummary summary = debriefs.summary(task);
        model.addAttribute("summary", summary);
        model.addAttribute("app", tasks.application(task));
        model.addAttribute("scorecard", scorecards.of(summary.applicationId(), me));
        model.addAttribute("outcomes", DecideAndOffer.DebriefOutcome.values());
        return VIEW;
    }
}
