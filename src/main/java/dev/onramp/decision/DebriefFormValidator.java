package dev.onramp.decision;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** An outcome the process does not know (a tampered form) is a field error, like a missing one. */
@Component
class DebriefFormValidator implements Validator {

    @Override
    public boolean supports(Class<?> type) {
        return DebriefForm.class.equals(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        DebriefForm form = (DebriefForm) target;
        if (form.outcome() != null && !form.outcome().isBlank() && form.debriefOutcome().isEmpty()) {
            errors.rejectValue("outcome", "debrief.outcome.unknown");
        }
    }
}
