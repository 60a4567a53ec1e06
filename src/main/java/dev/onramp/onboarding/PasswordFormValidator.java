package dev.onramp.onboarding;

import dev.onramp.people.PasswordPolicy;
import dev.onramp.people.Person;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * A first password that passes the {@link PasswordPolicy} for this person (the reason at the field when not), typed
 * the same twice.
 */
@Component
class PasswordFormValidator {

    private final PasswordPolicy policy;

    PasswordFormValidator(PasswordPolicy policy) {
        this.policy = policy;
    }

    void validate(PasswordForm form, Errors errors, Person person) {
        policy.check(form.password(), person.username(), person.displayName()).ifPresentOrElse(
                problem -> errors.rejectValue("password", problem.messageKey(), problem.arguments(), null),
                () -> {
                    if (!form.password().equals(form.confirmation())) {
                        errors.rejectValue("confirmation", "password.mismatch");
                    }
                });
    }
}
