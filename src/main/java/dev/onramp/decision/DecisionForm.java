package dev.onramp.decision;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The hiring manager's interim decision: hire or not, and why. */
record DecisionForm(
        @NotNull(message = "{decision.choice.required}")
        Choice decision,
        @NotBlank(message = "{decision.rationale.required}")
        @Size(max = 1000, message = "{hiring.tooLong}")
        String rationale) {

    static DecisionForm empty() {
        return new DecisionForm(null, null);
    }

    /** The two answers, and the value each returns to the hiring process as {@code decision}. */
    enum Choice {
        HIRE(DecideAndOffer.DECISION_HIRE),
        NO_HIRE(DecideAndOffer.DECISION_NO_HIRE);

        private final String variable;

        Choice(String variable) {
            this.variable = variable;
        }

        String variable() {
            return variable;
        }
    }
}
