package dev.onramp.hiring;

import dev.onramp.mail.MailMessage;
import dev.onramp.system.Countries;
import dev.onramp.system.TimeZones;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Zone, country, résumé link, and an e-mail address the outbox can send to ({@link MailMessage#isAddress}, stricter than
 * {@code @Email}): the checks that a constraint annotation cannot say. A bad address is caught here, where it is typed,
 * not when mail to it fails.
 */
@Component
class ApplicationFormValidator implements Validator {


    private final TimeZones timeZones;

    ApplicationFormValidator(TimeZones timeZones) {
        this.timeZones = timeZones;
    }

    @Override
    public boolean supports(Class<?> type) {
        return ApplicationForm.class.equals(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        ApplicationForm form = (ApplicationForm) target;
        if (!errors.hasFieldErrors("email") && form.email() != null && !MailMessage.isAddress(form.email().strip())) {
            errors.rejectValue("email", "application.email.invalid");
        }
        if (form.zone() == null || form.zone().isBlank()) {
            errors.rejectValue("zone", "application.zone.required");
        } else if (timeZones.parse(form.zone()).isEmpty()) {
            errors.rejectValue("zone", "application.zone.unknown");
        }
        if (form.countryCode().isEmpty()) {
            errors.rejectValue("country", "application.country.required");
        } else if (!Countries.isKnown(form.countryCode())) {
            errors.rejectValue("country", "application.country.unknown");
        }
        if (form.resumeLink() != null && !isWebLink(form.resumeLink())) {
            errors.rejectValue("resumeUrl", "application.resumeUrl.invalid");
        }
    }

    private static boolean isWebLink(String text) {
        try {
            URI uri = new URI(text);
            return uri.getScheme() != null && Set.of("http", "https").contains(uri.getScheme().toLowerCase(Locale.ROOT))
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
