package dev.onramp.hiring;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /admin/privacy}: candidates' data lifetimes for admins (the security rule on {@code /admin/**}): the ended
 * applications the retention job anonymises within {@code onramp.privacy.due-soon} (or already should have), and
 * those already anonymised, on request or by the job.
 */
@Controller
class PrivacyAdminController {

    static final String VIEW = "hiring/privacy";
    static final int LIMIT = 200;

    private final ApplicationRepository applications;
    private final CandidatePrivacy privacy;
    private final PrivacyProperties properties;
    private final Clock clock;

    PrivacyAdminController(ApplicationRepository applications, CandidatePrivacy privacy, PrivacyProperties properties,
                           Clock clock) {
        this.applications = applications;
        this.privacy = privacy;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping("/admin/privacy")
    String privacy(Model model) {
        Instant now = clock.instant();
        Instant soon = now.atZone(ZoneOffset.UTC).plus(properties.dueSoon()).toInstant();
        model.addAttribute("retention", properties.retention().toString());
        model.addAttribute("dueSoon", applications.lifetimesEndedBefore(privacy.cutoff(soon), LIMIT).stream()
                .map(l -> new Due(l, privacy.dueAt(l.endedAt()))).toList());
        model.addAttribute("anonymised", applications.anonymised(LIMIT));
        model.addAttribute("anonymisedCount", applications.countAnonymised());
        return VIEW;
    }

    /** An ended application and when its data is anonymised. */
    record Due(ApplicationRepository.Lifetime lifetime, Instant dueAt) {
    }
}
