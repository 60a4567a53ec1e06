package dev.onramp.tasklist;

import dev.onramp.people.OnrampUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class NotificationsController {

    static final String VIEW = "tasklist/notifications";

    private final Notifications notifications;

    NotificationsController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/notifications")
    String list(@AuthenticationPrincipal OnrampUser me, Model model) {
        model.addAttribute("notifications", notifications.recent(me.personId(), 100));
        model.addAttribute("zone", me.timeZone());
        return VIEW;
    }

    @PostMapping("/notifications/read")
    String markRead(@AuthenticationPrincipal OnrampUser me, RedirectAttributes redirect) {
        notifications.markAllRead(me.personId());
        redirect.addFlashAttribute("flash", "notifications.marked");
        return "redirect:/notifications";
    }
}
