package dev.onramp.hiring;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A recruiter's screening: advance the candidate to the team's loop, or reject them with a reason. */
record ScreeningForm(
        @NotNull(message = "{screening.outcome.required}")
        Outcome outcome,
        @Size(max = MAX_REASON, message = "{hiring.tooLong}")
        String reason) {

    /** The reason fits the application's outcome_reason column. */
    static final int MAX_REASON = 1000;

    static ScreeningForm empty() {
        return new ScreeningForm(null, null);
    }

    /** The two answers of the screening, and the value each gives the process's {@code screening} variable. */
    enum Outcome {
        ADVANCE(HiringProcess.SCREENING_ADVANCE),
        REJECT(HiringProcess.SCREENING_REJECT);

        private final String variable;

        Outcome(String variable) {
            this.variable = variable;
        }

        String variable() {
            return variable;
        }
    }
}
