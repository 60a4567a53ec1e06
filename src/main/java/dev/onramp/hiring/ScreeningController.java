package dev.onramp.hiring;

import dev.onramp.people.OnrampUser;
import dev.onramp.people.TeamRepository;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
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

/** The screening task's form: the candidate and the requisition, advance or reject (with a reason). */
@Controller
class ScreeningController {

    static final String VIEW = "hiring/screen";
    static final String PATH = "/tasks/{taskId}/" + HiringProcess.FORM_SCREEN;

    private final Screening screening;
    private final RequisitionRepository requisitions;
    private final TeamRepository teams;
    private final ScreeningFormValidator validator;
    private final Clock clock;

    ScreeningController(Screening screening, RequisitionRepository requisitions, TeamRepository teams,
                        ScreeningFormValidator validator, Clock clock) {
        this.screening = screening;
        this.requisitions = requisitions;
        this.teams = teams;
        this.validator = validator;
        this.clock = clock;
    }

    @InitBinder("screeningForm")
    void initScreeningBinder(WebDataBinder binder) {
        binder.addValidators(validator);
    }

    @GetMapping(PATH)
    String initScreeningForm(@PathVariable String taskId, @AuthenticationPrincipal OnrampUser me, Model model) {
        model.addAttribute("screeningForm", ScreeningForm.empty());
        return page(screening.require(taskId, me), me, model);
    }

    @PostMapping(PATH)
    String processScreeningForm(@PathVariable String taskId, @Valid ScreeningForm screeningForm, BindingResult result,
                                @AuthenticationPrincipal OnrampUser me, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return page(screening.require(taskId, me), me, model);
        }
        Application application = screening.screen(taskId, screeningForm, me);
        redirect.addFlashAttribute("flash", screeningForm.outcome() == ScreeningForm.Outcome.ADVANCE
                ? "screening.advanced" : "screening.rejected");
        return "redirect:/applications/" + application.id();
    }

    private String page(Screening.ScreeningTask task, OnrampUser me, Model model) {
        Application application = task.application();
        Requisition requisition = requisitions.get(application.requisitionId());
        model.addAttribute("task", task.task());
        model.addAttribute("app", application); // not "application": Thymeleaf reserves that name
        model.addAttribute("requisition", requisition);
        model.addAttribute("team", teams.get(requisition.teamId()));
        model.addAttribute("countryName", ApplicationController.countryName(application.candidateCountry()));
        model.addAttribute("candidateNow", ZonedDateTime.now(clock.withZone(ZoneId.of(application.candidateZone()))));
        model.addAttribute("due", task.task().getDueDate() == null ? null
                : task.task().getDueDate().toInstant().atZone(me.timeZone()));
        return VIEW;
    }
}
