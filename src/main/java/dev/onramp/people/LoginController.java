package dev.onramp.people;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    static final String VIEW = "people/login";

    @GetMapping("/login")
    String login() {
        return VIEW;
    }
}
