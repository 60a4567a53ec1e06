package dev.onramp.hiring;

import dev.onramp.people.OnrampUser;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Withdraw and reject, at any time, from the application's page (recruiters and admins). A missing reason goes
 * back to that page with the error next to the field and the input kept (form and errors travel as flash
 * attributes; {@link ApplicationActionForms} supplies empty forms otherwise).
 */
@Controller
@PreAuthorize(HiringSecurityConfig.RECRUITING)
class ApplicationActionsController {

    private final ApplicationActions actions;
    private final ApplicationRepository applications;

    ApplicationActionsController(ApplicationActions actions, ApplicationRepository applications) {
        this.actions = actions;
        this.applications = applications;
    }

    @PostMapping("/applications/{id}/withdraw")
    public String processWithdrawForm(@PathVariable long id,
                                      @Valid @ModelAttribute(ApplicationActionForms.WITHDRAW) ReasonForm withdrawForm,
                                      BindingResult result, @AuthenticationPrincipal OnrampUser me,
                                      RedirectAttributes redirect) {
        return end(id, ApplicationActionForms.WITHDRAW, withdrawForm, result, redirect, "application.withdrawn",
                () -> actions.withdraw(id, withdrawForm.reason(), me));
    }

    @PostMapping("/applications/{id}/reject")
    public String processRejectForm(@PathVariable long id,
                                    @Valid @ModelAttribute(ApplicationActionForms.REJECT) ReasonForm rejectForm,
                                    BindingResult result, @AuthenticationPrincipal OnrampUser me,
                                    RedirectAttributes redirect) {
        return end(id, ApplicationActionForms.REJECT, rejectForm, result, redirect, "application.rejected",
                () -> actions.reject(id, rejectForm.reason(), me));
    }

    private String end(long id, String formName, ReasonForm form, BindingResult result, RedirectAttributes redirect,
                       String doneKey, Runnable action) {
        String page = "redirect:/applications/" + id;
        if (!applications.get(id).isActive()) {
            redirect.addFlashAttribute("flashError", "application.notActive");
            return page;
        }
        if (result.hasErrors()) {
            redirect.addFlashAttribute(formName, form);
            redirect.addFlashAttribute(BindingResult.MODEL_KEY_PREFIX + formName, result);
            return page;
        }
        try {
            action.run();
            redirect.addFlashAttribute("flash", doneKey);
        } catch (ApplicationActions.NotActiveException e) {
            redirect.addFlashAttribute("flashError", "application.notActive");
        }
        return page;
    }
}
