package dev.onramp.hiring;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a requisition closes; the reason also becomes the outcome of its open applications. */
record CloseForm(
        @NotBlank(message = "{requisition.close.reason.required}")
        @Size(max = 500, message = "{hiring.tooLong}")
        String reason) {

    static CloseForm empty() {
        return new CloseForm(null);
    }
}
