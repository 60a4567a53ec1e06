package dev.onramp.offer;

import dev.onramp.decision.DecideAndOffer.OfferAnswer;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** A decline needs the candidate's reason; an unknown answer is an error. */
@Component
class AnswerFormValidator implements Validator {

    @Override
    public boolean supports(Class<?> type) {
        return AnswerForm.class.equals(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        AnswerForm form = (AnswerForm) target;
        if (form.answer() == null || form.answer().isBlank()) {
            return;
        }
        if (form.offerAnswer().isEmpty()) {
            errors.rejectValue("answer", "offerAnswer.answer.required");
        } else if (form.offerAnswer().get() == OfferAnswer.DECLINED
                && (form.declineReason() == null || form.declineReason().isBlank())) {
            errors.rejectValue("declineReason", "offerAnswer.declineReason.required");
        }
    }
}
