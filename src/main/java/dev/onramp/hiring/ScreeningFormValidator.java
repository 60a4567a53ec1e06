package dev.onramp.hiring;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** A rejection needs its reason; an advance needs none. */
@Component
class ScreeningFormValidator implements Validator {

    @Override
    public boolean supports(Class<?> type) {
        return ScreeningForm.class.equals(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        ScreeningForm form = (ScreeningForm) target;
        if (form.outcome() == ScreeningForm.Outcome.REJECT && (form.reason() == null || form.reason().isBlank())
                && !errors.hasFieldErrors("reason")) {
            errors.rejectValue("reason", "screening.reason.required");
        }
    }
}
