package dev.onramp.offer;

import dev.onramp.decision.DecideAndOffer.OfferAnswer;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.Optional;

/** The candidate's answer as the recruiter records it; a decline carries the candidate's reason. */
record AnswerForm(
        @NotBlank(message = "{offerAnswer.answer.required}")
        String answer,
        @Size(max = 2000, message = "{offer.tooLong}")
        String declineReason) {

    static AnswerForm empty() {
        return new AnswerForm(null, null);
    }

    Optional<OfferAnswer> offerAnswer() {
        return Arrays.stream(OfferAnswer.values()).filter(a -> a.name().equals(answer)).findFirst();
    }
}
