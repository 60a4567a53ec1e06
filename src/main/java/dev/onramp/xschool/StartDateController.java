package dev.onramp.xschool;

import dev.onramp.people.Person;
import dev.onramp.people.PersonRepository;
import dev.onramp.people.Role;
import dev.onramp.system.Forms;
import dev.onramp.system.NotFoundException;
import dev.onramp.system.OutOfRangeException;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A coordinator changes a new hire's start date (not in the past, in the new hire's zone): the seat is
 * re-evaluated against it and the onboarding's travel and visa tasks follow ({@link SeatChanges}).
 */
@Controller
@PreAuthorize(XSchoolSecurityConfig.COORDINATING)
class StartDateController {

    static final String FORM_VIEW = "xschool/start-date";

    private final PersonRepository people;
    private final XSchool xschool;
    private final SeatChanges seatChanges;
    private final XSchoolProperties properties;
    private final Clock clock;

    StartDateController(PersonRepository people, XSchool xschool, SeatChanges seatChanges,
                        XSchoolProperties properties, Clock clock) {
        this.people = people;
        this.xschool = xschool;
        this.seatChanges = seatChanges;
        this.properties = properties;
        this.clock = clock;
    }

    /** The new hire of the path; anyone else, an unknown or a malformed id is a 404. */
    @ModelAttribute("newHire")
    public Person newHire(@PathVariable("personId") String personId) {
        try {
            return people.findById(Long.parseLong(personId)).filter(p -> p.has(Role.NEW_HIRE))
                    .orElseThrow(() -> new NotFoundException("new hire", personId));
        } catch (NumberFormatException e) {
            throw new NotFoundException("new hire", personId);
        }
    }

    @GetMapping("/xschool/people/{personId}/start-date")
    public String initStartDateForm(@ModelAttribute(name = "newHire", binding = false) Person newHire, Model model) {
        model.addAttribute("startDateForm", new StartDateForm(newHire.startedOn()));
        return form(newHire, model);
    }

    @PostMapping("/xschool/people/{personId}/start-date")
    public String processStartDateForm(@ModelAttribute(name = "newHire", binding = false) Person newHire,
                                       @Valid StartDateForm startDateForm, BindingResult result, Model model,
                                       RedirectAttributes redirect) {
        LocalDate today = LocalDate.now(clock.withZone(newHire.timeZone()));
        if (Forms.notConverted(result)) {
            return form(newHire, model);
        }
        if (!result.hasFieldErrors("startDate") && startDateForm.startDate().isBefore(today)) {
            result.rejectValue("startDate", "xschool.startDate.past");
        } else if (!result.hasFieldErrors("startDate")) {
            properties.startDates(today).check("startDate", startDateForm.startDate(), result);
        }
        if (result.hasErrors()) {
            return form(newHire, model);
        }
        try {
            seatChanges.changeStartDate(newHire.id(), startDateForm.startDate());
            redirect.addFlashAttribute("flash", "xschool.startDate.saved");
        } catch (NoCohortScheduledException e) {
            redirect.addFlashAttribute("flashError", "xschool.startDate.noCohort");
        } catch (OutOfRangeException e) {
            e.rejectOn(result);
            return form(newHire, model);
        }
        return xschool.current(newHire.id()).map(a -> "redirect:/xschool/cohorts/" + a.cohortId()).orElse("redirect:/xschool");
    }

    private String form(Person newHire, Model model) {
        model.addAttribute("assignment", xschool.current(newHire.id()).orElse(null));
        return FORM_VIEW;
    }
}
