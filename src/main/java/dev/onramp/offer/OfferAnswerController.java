package dev.onramp.offer;

import dev.onramp.decision.DecideAndOffer;
import dev.onramp.decision.DecideAndOfferTasks;
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

/**
 * {@code /tasks/{id}/offer-answer}: the recruiter records whether the candidate accepted. An offer that expired
 * meanwhile has no task any more: the task list's 409 page says so.
 */
@Controller
class OfferAnswerController {

    static final String VIEW = "offer/offer-answer";

    private final DecideAndOfferTasks tasks;
    private final Offers offers;
    private final AnswerFormValidator validator;

    OfferAnswerController(DecideAndOfferTasks tasks, Offers offers, AnswerFormValidator validator) {
        this.tasks = tasks;
        this.offers = offers;
        this.validator = validator;
    }

    @InitBinder("answerForm")
    void initAnswerBinder(WebDataBinder binder) {
        binder.addValidators(validator);
    }

    @ModelAttribute("task")
    Task task(@PathVariable String taskId, @AuthenticationPrincipal OnrampUser me) {
        return tasks.require(taskId, me, DecideAndOffer.FORM_OFFER_ANSWER);
    }

    @GetMapping("/tasks/{taskId}/" + DecideAndOffer.FORM_OFFER_ANSWER)
    String initAnswerForm(@ModelAttribute(name = "task", binding = false) Task task,
                          @AuthenticationPrincipal OnrampUser me, Model model) {
        model.addAttribute("answerForm", AnswerForm.empty());
        return view(task, me, model);
    }

    @PostMapping("/tasks/{taskId}/" + DecideAndOffer.FORM_OFFER_ANSWER)
    String processAnswerForm(@ModelAttribute(name = "task", binding = false) Task task, @Valid AnswerForm answerForm,
                             BindingResult result, @AuthenticationPrincipal OnrampUser me, Model model,
                             RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return view(task, me, model);
        }
        DecideAndOffer.OfferAnswer answer = answerForm.offerAnswer().orElseThrow();
        offers.answer(task, answer, answerForm.declineReason(), me);
        redirect.addFlashAttribute("flash", answer == DecideAndOffer.OfferAnswer.ACCEPTED
                ? "offerAnswer.accepted" : "offerAnswer.declined");
        return "redirect:/tasks";
    }

    private String view(Task task, OnrampUser me, Model model) {
        model.addAttribute("app", tasks.application(task));
        model.addAttribute("offer", offers.offerFor(task));
        model.addAttribute("answers", DecideAndOffer.OfferAnswer.values());
        model.addAttribute("expiresAt", offers.expiresAt(task).map(at -> at.atZone(me.timeZone())).orElse(null));
        model.addAttribute("zone", me.timeZone());
        return VIEW;
    }
}
