package dev.onramp.offer;

import dev.onramp.decision.DecideAndOffer;
import dev.onramp.decision.DecideAndOfferTasks;
import dev.onramp.people.OnrampUser;
import jakarta.validation.Valid;
import java.util.List;
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

/** {@code /tasks/{id}/offer-approval}: the hiring manager approves an offer outside the band, or sends it back. */
@Controller
class OfferApprovalController {

    static final String VIEW = "offer/offer-approval";

    private final DecideAndOfferTasks tasks;
    private final Offers offers;
    private final ApprovalFormValidator validator;

    OfferApprovalController(DecideAndOfferTasks tasks, Offers offers, ApprovalFormValidator validator) {
        this.tasks = tasks;
        this.offers = offers;
        this.validator = validator;
    }

    @InitBinder("approvalForm")
    void initApprovalBinder(WebDataBinder binder) {
        binder.addValidators(validator);
    }

    @ModelAttribute("task")
    Task task(@PathVariable String taskId, @AuthenticationPrincipal OnrampUser me) {
        return tasks.require(taskId, me, DecideAndOffer.FORM_OFFER_APPROVAL);
    }

    @GetMapping("/tasks/{taskId}/" + DecideAndOffer.FORM_OFFER_APPROVAL)
    String initApprovalForm(@ModelAttribute(name = "task", binding = false) Task task, Model model) {
        model.addAttribute("approvalForm", ApprovalForm.empty());
        return view(task, model);
    }

    @PostMapping("/tasks/{taskId}/" + DecideAndOffer.FORM_OFFER_APPROVAL)
    String processApprovalForm(@ModelAttribute(name = "task", binding = false) Task task,
                               @Valid ApprovalForm approvalForm, BindingResult result,
                               @AuthenticationPrincipal OnrampUser me, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return view(task, model);
        }
        if (approvalForm.approves()) {
            offers.approve(task, me);
            redirect.addFlashAttribute("flash", "offerApproval.approved");
        } else {
            offers.sendBack(task, approvalForm.comment(), me);
            redirect.addFlashAttribute("flash", "offerApproval.sentBack");
        }
        return "redirect:/tasks";
    }

    private String view(Task task, Model model) {
        model.addAttribute("app", tasks.application(task));
        model.addAttribute("offer", offers.offerFor(task));
        model.addAttribute("decisions", List.of(ApprovalForm.APPROVE, ApprovalForm.SEND_BACK));
        return VIEW;
    }
}
