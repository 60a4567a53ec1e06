package dev.onramp.app;

import dev.onramp.people.OnrampUser;
import dev.onramp.people.Role;
import dev.onramp.tasklist.Notifications;
import dev.onramp.tasklist.OpenTasks;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.stream.Stream;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    static final String VIEW = "app/home";

    private final OpenTasks openTasks;
    private final Notifications notifications;
    private final Clock clock;

    HomeController(OpenTasks openTasks, Notifications notifications, Clock clock) {
        this.openTasks = openTasks;
        this.notifications = notifications;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal OnrampUser me, Model model) {
        model.addAttribute("me", me);
        model.addAttribute("now", ZonedDateTime.now(clock.withZone(me.timeZone())));
        model.addAttribute("roles", Stream.of(Role.values()).filter(me::has).toList());
        model.addAttribute("openTasks", openTasks.count(me));
        model.addAttribute("unread", notifications.countUnread(me.personId()));
        return VIEW;
    }
}
