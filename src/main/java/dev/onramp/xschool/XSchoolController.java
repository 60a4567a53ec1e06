package dev.onramp.xschool;

import dev.onramp.people.OnrampUser;
import dev.onramp.people.Role;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The X-School menu: coordinators see the cohorts, a new hire sees their own seat. */
@Controller
@PreAuthorize(XSchoolSecurityConfig.XSCHOOL_MENU)
class XSchoolController {

    static final String LIST_VIEW = "xschool/cohorts";
    static final String MINE_VIEW = "xschool/me";

    private final CohortRepository cohorts;
    private final XSchool xschool;
    private final Clock clock;

    XSchoolController(CohortRepository cohorts, XSchool xschool, Clock clock) {
        this.cohorts = cohorts;
        this.xschool = xschool;
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
        });
        return MINE_VIEW;
    }
}
