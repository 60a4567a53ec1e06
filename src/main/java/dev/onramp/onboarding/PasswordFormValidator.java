package dev.onramp.onboarding;

import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** At least {@value #MIN_LENGTH} characters, at most what BCrypt reads (72 bytes), typed the same twice. */
@Component
class PasswordFormValidator implements Validator {

    static final int MIN_LENGTH = 12;
    static final int MAX_BYTES = 72;

    @Override
    public boolean supports(Class<?> type) {
        return PasswordForm.class.equals(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        PasswordForm form = (PasswordForm) target;
        String password = form.password();
        if (password == null || password.isBlank()) {
            errors.rejectValue("password", "password.required");
        } else if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            errors.rejectValue("password", "password.tooShort", new Object[] {MIN_LENGTH}, null);
        } else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            errors.rejectValue("password", "password.tooLong");
        } else if (!password.equals(form.confirmation())) {
            errors.rejectValue("confirmation", "password.mismatch");
        }
    }
}
