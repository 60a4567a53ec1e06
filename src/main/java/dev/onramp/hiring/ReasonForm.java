package dev.onramp.hiring;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why an application ends now: a candidate's withdrawal or a recruiter's rejection at any time. */
record ReasonForm(
        @NotBlank(message = "{application.reason.required}")
        @Size(max = 1000, message = "{hiring.tooLong}")
        String reason) {

    static ReasonForm empty() {
        return new ReasonForm(null);
    }
}
