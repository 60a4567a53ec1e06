package dev.onramp.onboarding;

import dev.onramp.onboarding.PasswordTokens.PasswordToken;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** {@code /password/{token}} (public): a new hire sets their first password through the recruiter's link. */
@Controller
class PasswordController {

    static final String FORM_VIEW = "onboarding/password-form";
    static final String GONE_VIEW = "onboarding/password-link-gone";

    private final PasswordLinks links;
    private final PasswordFormValidator validator;

    PasswordController(PasswordLinks links, PasswordFormValidator validator) {
        this.links = links;
        this.validator = validator;
    }

    static String path(String token) {
        return "/password/" + token;
    }

    @GetMapping("/password/{token}")
    String initPasswordForm(@PathVariable String token, Model model, HttpServletResponse response) {
        PasswordToken link = links.require(token);
        if (!links.usable(link)) {
            return gone(response);
        }
        model.addAttribute("passwordForm", PasswordForm.empty());
        return form(token, link, model);
    }

    @PostMapping("/password/{token}")
    String processPasswordForm(@PathVariable String token, PasswordForm passwordForm, BindingResult result,
                               Model model, HttpServletResponse response) {
        PasswordToken link = links.require(token);
        if (!links.usable(link)) {
            return gone(response);
        }
        validator.validate(passwordForm, result, links.person(link));
        if (result.hasErrors()) {
            return form(token, link, model);
        }
        try {
            links.setPassword(token, passwordForm.password());
        } catch (PasswordLinks.LinkGoneException e) {
            return gone(response);
        }
        return "redirect:/login?passwordSet";
    }

    private String form(String token, PasswordToken link, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("username", links.person(link).username());
        return FORM_VIEW;
    }

    private static String gone(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_GONE);
        return GONE_VIEW;
    }
}
