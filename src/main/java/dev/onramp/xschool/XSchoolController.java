package dev.onramp.xschool;

import dev.onramp.people.OnrampUser;
import dev.onramp.people.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The X-School menu: coordinators see the cohorts, a new hire sees their own seat and sessions, confirms their
 * place or asks for a later week.
 */
@Controller
@PreAuthorize(XSchoolSecurityConfig.XSCHOOL_MENU)
class XSchoolController {

    static final String LIST_VIEW = "xschool/cohorts";
    static final String MINE_VIEW = "xschool/me";
    static final String MINE_REDIRECT = "redirect:/xschool/me";
    static final String WEEK_FORMAT = "EEE d MMM yyyy";

    private final CohortRepository cohorts;
    private final XSchool xschool;
    private final SeatChanges seatChanges;
    private final Agenda agenda;
    private final Clock clock;

    XSchoolController(CohortRepository cohorts, XSchool xschool, SeatChanges seatChanges, Agenda agenda, Clock clock) {
        this.cohorts = cohorts;
        this.xschool = xschool;
        this.seatChanges = seatChanges;
        this.agenda = agenda;
        this.clock = clock;
    }

    @GetMapping("/xschool")
    public String cohorts(@AuthenticationPrincipal OnrampUser me, Model model) {
        if (!me.has(Role.COORDINATOR) && !me.has(Role.ADMIN)) {
            return "redirect:/xschool/me";
        }
        model.addAttribute("cohorts", cohorts.findNotEndedOn(LocalDate.now(clock)));
        return LIST_VIEW;
    }

    @GetMapping("/xschool/me")
    @PreAuthorize(XSchoolSecurityConfig.NEW_HIRE)
    public String mine(@AuthenticationPrincipal OnrampUser me, Model model) {
        xschool.current(me.personId()).ifPresent(assignment -> {
            model.addAttribute("assignment", assignment);
            model.addAttribute("cohort", cohorts.get(assignment.cohortId()));
            model.addAttribute("status", xschool.status(me.personId()).orElseThrow());
            model.addAttribute("myAgenda", agenda.forPerson(me.personId()));
        });
        return MINE_VIEW;
    }

    @PostMapping("/xschool/me/confirm")
    @PreAuthorize(XSchoolSecurityConfig.NEW_HIRE)
    public String confirm(@AuthenticationPrincipal OnrampUser me, RedirectAttributes redirect) {
        xschool.confirm(me.personId());
        redirect.addFlashAttribute("flash", "xschool.me.confirmed");
        return MINE_REDIRECT;
    }

    /** The next cohort with room after the current one; without one the seat is kept and the coordinators know. */
    @PostMapping("/xschool/me/defer")
    @PreAuthorize(XSchoolSecurityConfig.NEW_HIRE)
    public String defer(@AuthenticationPrincipal OnrampUser me, Locale locale, RedirectAttributes redirect) {
        try {
            Assignment later = seatChanges.defer(me.personId());
            redirect.addFlashAttribute("flash", "xschool.me.deferred");
            redirect.addFlashAttribute("flashArg", later.cohortStart().format(DateTimeFormatter.ofPattern(WEEK_FORMAT, locale)));
        } catch (NoCohortScheduledException e) {
            redirect.addFlashAttribute("flashError", "xschool.me.nothingLater");
        }
        return MINE_REDIRECT;
    }
}
