package dev.onramp.decision;

import dev.onramp.decision.DecideAndOffer.DebriefOutcome;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.Optional;

/** What the hiring manager decides in a debrief, and why. */
record DebriefForm(
        @NotBlank(message = "{debrief.outcome.required}")
        String outcome,
        @NotBlank(message = "{debrief.rationale.required}")
        @Size(max = 2000, message = "{decision.tooLong}")
        String rationale) {

    static DebriefForm empty() {
        return new DebriefForm(null, null);
    }

    /** The outcome, when it is one the process knows. */
    Optional<DebriefOutcome> debriefOutcome() {
        return Arrays.stream(DebriefOutcome.values()).filter(o -> o.name().equals(outcome)).findFirst();
    }
}
