package dev.onramp.onboarding;

/** A first password, typed twice. */
record PasswordForm(String password, String confirmation) {

    static PasswordForm empty() {
        return new PasswordForm(null, null);
    }
}
