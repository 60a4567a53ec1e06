package dev.onramp.hiring;

import dev.onramp.system.Countries;
import dev.onramp.system.TimeZones;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** Zone, country and résumé link: the checks that a constraint annotation cannot say. */
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
