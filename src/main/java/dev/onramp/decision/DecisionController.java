package dev.onramp.decision;

import dev.onramp.hiring.Application;
import dev.onramp.hiring.RequisitionRepository;
import dev.onramp.people.OnrampUser;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The hiring manager's interim decision form (hire or no hire, with a rationale). */
@Controller
class DecisionController {

    static final String VIEW = "decision/decide";
    static final String PATH = "/tasks/{taskId}/" + DecideAndOffer.FORM_DECIDE;

    private final InterimDecision decisions;
    private final RequisitionRepository requisitions;

    DecisionController(InterimDecision decisions, RequisitionRepository requisitions) {
        this.decisions = decisions;
        this.requisitions = requisitions;
    }

    @GetMapping(PATH)
    String initDecisionForm(@PathVariable String taskId, @AuthenticationPrincipal OnrampUser me, Model model) {
        model.addAttribute("decisionForm", DecisionForm.empty());
        return page(decisions.require(taskId, me), model);
    }

    @PostMapping(PATH)
    String processDecisionForm(@PathVariable String taskId, @Valid DecisionForm decisionForm, BindingResult result,
                               @AuthenticationPrincipal OnrampUser me, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return page(decisions.require(taskId, me), model);
        }
        Application application = decisions.decide(taskId, decisionForm, me);
        redirect.addFlashAttribute("flash", decisionForm.decision() == DecisionForm.Choice.HIRE
                ? "decision.hired" : "decision.notHired");
        return "redirect:/applications/" + application.id();
    }

    private String page(InterimDecision.DecisionTask decision, Model model) {
        model.addAttribute("task", decision.task());
        model.addAttribute("app", decision.application()); // not "application": Thymeleaf reserves that name
        model.addAttribute("requisition", requisitions.get(decision.application().requisitionId()));
        return VIEW;
    }
}
