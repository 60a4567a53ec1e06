package dev.onramp.offer;

import dev.onramp.decision.DecideAndOffer;
import dev.onramp.decision.DecideAndOfferTasks;
import dev.onramp.people.OnrampUser;
import dev.onramp.system.OutOfRangeException;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Optional;
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

/** {@code /tasks/{id}/offer}: the recruiter writes the offer, or rewrites one the hiring manager sent back. */
@Controller
class OfferController {

    static final String VIEW = "offer/offer-form";

    private final DecideAndOfferTasks tasks;
    private final Offers offers;
    private final OfferFormValidator validator;

    OfferController(DecideAndOfferTasks tasks, Offers offers, OfferFormValidator validator) {
        this.tasks = tasks;
        this.offers = offers;
        this.validator = validator;
    }

    @InitBinder("offerForm")
    void initOfferBinder(WebDataBinder binder) {
        binder.addValidators(validator);
    }

    @ModelAttribute("task")
    Task task(@PathVariable String taskId, @AuthenticationPrincipal OnrampUser me) {
        return tasks.require(taskId, me, DecideAndOffer.FORM_OFFER);
    }

    @GetMapping("/tasks/{taskId}/" + DecideAndOffer.FORM_OFFER)
    String initOfferForm(@ModelAttribute(name = "task", binding = false) Task task, Locale locale, Model model) {
        Optional<Offer> sentBack = offers.offerOf(task);
        model.addAttribute("offerForm", sentBack.map(OfferForm::of).orElseGet(OfferForm::empty));
        return view(task, sentBack, locale, model);
    }

    @PostMapping("/tasks/{taskId}/" + DecideAndOffer.FORM_OFFER)
    String processOfferForm(@ModelAttribute(name = "task", binding = false) Task task, @Valid OfferForm offerForm,
                            BindingResult result, @AuthenticationPrincipal OnrampUser me, Locale locale, Model model,
                            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return view(task, offers.offerOf(task), locale, model);
        }
        try {
            offers.prepare(task, offerForm.details(), me);
        } catch (OutOfRangeException e) {
            e.rejectOn(result);
            return view(task, offers.offerOf(task), locale, model);
        }
        redirect.addFlashAttribute("flash", "offer.prepared");
        return "redirect:/tasks";
    }

    private String view(Task task, Optional<Offer> previous, Locale locale, Model model) {
        model.addAttribute("app", tasks.application(task));
        model.addAttribute("sentBack", previous.filter(o -> o.status() == OfferStatus.SENT_BACK).orElse(null));
        model.addAttribute("countries", Option.countries(locale));
        model.addAttribute("currencies", Option.currencies());
        return VIEW;
    }
}
