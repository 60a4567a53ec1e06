package dev.onramp.onboarding;

import dev.onramp.people.OnrampUser;
import dev.onramp.people.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The new hire's page: checklist, mentor, X-School week. Also open to their manager, mentor and admins. */
@Controller
class WelcomeController {

    static final String WELCOME_VIEW = "onboarding/welcome";
    static final String MENTEES_VIEW = "onboarding/mentees";

    private final OnboardingPages pages;

    WelcomeController(OnboardingPages pages) {
        this.pages = pages;
    }

    @GetMapping("/welcome")
    String myWelcome(@AuthenticationPrincipal OnrampUser me, Model model) {
        if (!me.has(Role.NEW_HIRE)) {
            throw new AccessDeniedException("only new hires have a welcome page of their own");
        }
        return welcome(me.personId(), me, model);
    }

    @GetMapping("/welcome/{personId}")
    String welcome(@PathVariable long personId, @AuthenticationPrincipal OnrampUser me, Model model) {
        model.addAttribute("page", pages.welcome(personId, me));
        return WELCOME_VIEW;
    }

    @PostMapping("/welcome/{personId}/items/{itemId}/done")
    String tick(@PathVariable long personId, @PathVariable long itemId, @AuthenticationPrincipal OnrampUser me,
                RedirectAttributes redirect) {
        boolean ticked = pages.tick(personId, itemId, me);
        redirect.addFlashAttribute("flash", ticked ? "onboarding.item.ticked" : "onboarding.item.alreadyDone");
        return me.personId() == personId ? "redirect:/welcome" : "redirect:/welcome/" + personId;
    }

    @GetMapping("/mentees")
    String mentees(@AuthenticationPrincipal OnrampUser me, Model model) {
        model.addAttribute("mentees", pages.mentees(me));
        model.addAttribute("myZone", me.timeZone());
        return MENTEES_VIEW;
    }
}
