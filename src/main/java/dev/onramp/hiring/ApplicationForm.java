package dev.onramp.hiring;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/** A candidate as a recruiter adds them to a requisition. */
record ApplicationForm(
        @NotBlank(message = "{application.name.required}")
        @Size(max = 200, message = "{hiring.tooLong}")
        String name,
        @NotBlank(message = "{application.email.required}")
        @Size(max = 254, message = "{hiring.tooLong}")
        @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "{application.email.invalid}")
        String email,
        String zone,
        String country,
        @Size(max = 500, message = "{hiring.tooLong}")
        String resumeUrl,
        @NotNull(message = "{application.source.required}")
        Application.Source source) {

    static ApplicationForm empty() {
        return new ApplicationForm(null, null, null, null, null, null);
    }

    /** The country as stored: an upper-case ISO 3166 alpha-2 code. */
    String countryCode() {
        return country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
    }

    /** The résumé link as stored: null when left empty. */
    String resumeLink() {
        return resumeUrl == null || resumeUrl.isBlank() ? null : resumeUrl.strip();
    }
}
