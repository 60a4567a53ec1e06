package dev.onramp.hiring;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

/** Erasing a candidate: why (a choice, kept in the audit log), and the confirmation that it cannot be undone. */
record EraseForm(
        @NotNull(message = "{privacy.erase.reason.required}")
        CandidatePrivacy.ErasureReason reason,
        @NotNull(message = "{privacy.erase.confirm.required}")
        @AssertTrue(message = "{privacy.erase.confirm.required}")
        Boolean confirm) {

    static EraseForm empty() {
        return new EraseForm(null, null);
    }
}
