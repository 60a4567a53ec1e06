package dev.onramp.hiring;

import dev.onramp.people.OnrampUser;
import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A candidate's data on request (recruiters and admins): everything held about them as one JSON file, and erasure
 * after a confirmation step with a reason. Both are audited ({@link CandidatePrivacy}).
 */
@Controller
@PreAuthorize(HiringSecurityConfig.RECRUITING)
class CandidateDataController {

    static final String ERASE_VIEW = "hiring/erase";

    private final CandidatePrivacy privacy;
    private final ApplicationRepository applications;

    CandidateDataController(CandidatePrivacy privacy, ApplicationRepository applications) {
        this.privacy = privacy;
        this.applications = applications;
    }

    @ModelAttribute("app")
    Application application(@PathVariable long id) {
        return applications.get(id);
    }

    @GetMapping("/applications/{id}/export")
    @ResponseBody
    ResponseEntity<Map<String, Object>> export(@PathVariable long id, @AuthenticationPrincipal OnrampUser me) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("application-" + id + ".json").build().toString())
                .contentType(MediaType.APPLICATION_JSON)
                .body(privacy.export(id, me));
    }

    @GetMapping("/applications/{id}/erase")
    String initEraseForm(@ModelAttribute("app") Application app, Model model) {
        model.addAttribute("eraseForm", EraseForm.empty());
        return form(app, model);
    }

    @PostMapping("/applications/{id}/erase")
    String processEraseForm(@PathVariable long id, @ModelAttribute("app") Application app,
                            @Valid @ModelAttribute("eraseForm") EraseForm eraseForm, BindingResult result,
                            @AuthenticationPrincipal OnrampUser me, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return form(app, model);
        }
        boolean erased = privacy.erase(id, eraseForm.reason(), me);
        redirect.addFlashAttribute(erased ? "flash" : "flashError", erased ? "privacy.erased" : "privacy.alreadyErased");
        return "redirect:/applications/" + id;
    }

    private String form(Application app, Model model) {
        model.addAttribute("reasons", CandidatePrivacy.ErasureReason.values());
        model.addAttribute("alreadyErased", applications.isAnonymised(app.id()));
        return ERASE_VIEW;
    }
}
