package dev.onramp.offer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The hiring manager's answer to an offer outside the band: approve, or send back with a comment. */
record ApprovalForm(
        @NotBlank(message = "{offerApproval.decision.required}")
        String decision,
        @Size(max = 2000, message = "{offer.tooLong}")
        String comment) {

    static final String APPROVE = "APPROVE";
    static final String SEND_BACK = "SEND_BACK";

    static ApprovalForm empty() {
        return new ApprovalForm(null, null);
    }

    boolean approves() {
        return APPROVE.equals(decision);
    }

    boolean sendsBack() {
        return SEND_BACK.equals(decision);
    }
}
