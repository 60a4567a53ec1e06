package dev.onramp.xschool;

import dev.onramp.system.Forms;
import dev.onramp.system.NotFoundException;
import dev.onramp.system.OutOfRangeException;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
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

/** Coordinators' cohort pages: create, edit (not once it is past; the agenda follows the week), each cohort's roster and agenda. */
@Controller
@PreAuthorize(XSchoolSecurityConfig.COORDINATING)
class CohortController {

    static final String FORM_VIEW = "xschool/cohort-form";
    static final String DETAIL_VIEW = "xschool/cohort";

    private final CohortRepository cohorts;
    private final XSchool xschool;
    private final CohortFormValidator validator;
    private final Agenda agenda;
    private final Clock clock;

    CohortController(CohortRepository cohorts, XSchool xschool, CohortFormValidator validator, Agenda agenda, Clock clock) {
        this.cohorts = cohorts;
        this.xschool = xschool;
        this.agenda = agenda;
        this.validator = validator;
        this.clock = clock;
    }

    @InitBinder("cohortForm")
    public void initCohortBinder(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(false));
    }

    /** The cohort of the path, or none on the pages without one; an unknown or malformed id is a 404. */
    @ModelAttribute("cohort")
    public Cohort cohort(@PathVariable(name = "id", required = false) String id) {
        if (id == null) {
            return null;
        }
        try {
            return cohorts.get(Long.parseLong(id));
        } catch (NumberFormatException e) {
            throw new NotFoundException("cohort", id);
        }
    }

    @GetMapping("/xschool/cohorts/new")
    public String initCreationForm(Model model) {
        model.addAttribute("cohortForm", CohortForm.empty(cohorts.findLatest().map(Cohort::place).orElse(null)));
        return FORM_VIEW;
    }

    @PostMapping("/xschool/cohorts")
    public String processCreationForm(@Valid CohortForm cohortForm, BindingResult result, RedirectAttributes redirect) {
        if (Forms.notConverted(result)) {
            return FORM_VIEW;
        }
        validator.validate(cohortForm, null, result);
        if (result.hasErrors()) {
            return FORM_VIEW;
        }
        long id;
        try {
            id = cohorts.insert(cohortForm.startsOn(), cohortForm.endsOn(), cohortForm.place(),
                    ZoneId.of(cohortForm.timeZone()), cohortForm.capacity());
        } catch (DuplicateKeyException e) {
            result.rejectValue("startsOn", "xschool.cohort.startsOn.taken");
            return FORM_VIEW;
        } catch (OutOfRangeException e) {
            e.rejectOn(result);
            return FORM_VIEW;
        }
        redirect.addFlashAttribute("flash", "xschool.cohort.created");
        return "redirect:/xschool/cohorts/" + id;
    }

    @GetMapping("/xschool/cohorts/{id}")
    public String show(@ModelAttribute(name = "cohort", binding = false) Cohort cohort, Model model) {
        model.addAttribute("roster", xschool.roster(cohort.id()));
        model.addAttribute("agenda", agenda.ofCohort(cohort.id()));
        model.addAttribute("editable", !cohort.isPast(clock));
        return DETAIL_VIEW;
    }

    @GetMapping("/xschool/cohorts/{id}/edit")
    public String initUpdateForm(@ModelAttribute(name = "cohort", binding = false) Cohort cohort, Model model,
                                 RedirectAttributes redirect) {
        if (cohort.isPast(clock)) {
            return refusePast(cohort, redirect);
        }
        model.addAttribute("cohortForm", CohortForm.of(cohort));
        return FORM_VIEW;
    }

    @PostMapping("/xschool/cohorts/{id}/edit")
    public String processUpdateForm(@ModelAttribute(name = "cohort", binding = false) Cohort cohort,
                                    @Valid CohortForm cohortForm, BindingResult result, RedirectAttributes redirect) {
        if (cohort.isPast(clock)) {
            return refusePast(cohort, redirect);
        }
        if (Forms.notConverted(result)) {
            return FORM_VIEW;
        }
        validator.validate(cohortForm, cohort.id(), result);
        if (result.hasErrors()) {
            return FORM_VIEW;
        }
        try {
            if (!cohorts.update(cohort.id(), cohortForm.startsOn(), cohortForm.endsOn(), cohortForm.place(),
                    ZoneId.of(cohortForm.timeZone()), cohortForm.capacity())) {
                CohortFormValidator.rejectCapacity(result, cohorts.get(cohort.id()).seatsTaken());
                return FORM_VIEW;
            }
        } catch (DuplicateKeyException e) {
            result.rejectValue("startsOn", "xschool.cohort.startsOn.taken");
            return FORM_VIEW;
        } catch (OutOfRangeException e) {
            e.rejectOn(result);
            return FORM_VIEW;
        }
        agenda.follow(cohort.id());
        redirect.addFlashAttribute("flash", "xschool.cohort.saved");
        return "redirect:/xschool/cohorts/" + cohort.id();
    }

    private static String refusePast(Cohort cohort, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flashError", "xschool.cohort.past");
        return "redirect:/xschool/cohorts/" + cohort.id();
    }
}
