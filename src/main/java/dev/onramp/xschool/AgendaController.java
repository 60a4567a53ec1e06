package dev.onramp.xschool;

import dev.onramp.people.OnrampUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A team lead's "meet your team lead" session: the lead of its team sees and confirms it; for anyone else it is a 404. */
@Controller
class AgendaController {

    static final String SESSION_VIEW = "xschool/session";

    private final Agenda agenda;

    AgendaController(Agenda agenda) {
        this.agenda = agenda;
    }

    @GetMapping("/xschool/sessions/{id}")
    public String show(@PathVariable long id, @AuthenticationPrincipal OnrampUser me, Model model) {
        model.addAttribute("lead", agenda.forLead(id, me));
        return SESSION_VIEW;
    }

    @PostMapping("/xschool/sessions/{id}/confirm")
    public String confirm(@PathVariable long id, @AuthenticationPrincipal OnrampUser me, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flash", agenda.confirm(id, me) ? "xschool.session.confirmed" : "xschool.session.alreadyConfirmed");
        return "redirect:" + Agenda.SESSION_LINK + id;
    }
}
