package dev.onramp.people;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks a password only while the name and the client address have tries left ({@link SignInThrottle}), and counts
 * every failure. A paused attempt is refused without looking at the password or the account, the same for every
 * name. Used by the sign-in form and by HTTP Basic on the engine API alike.
 */
class ThrottledSignIn implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final SignInThrottle throttle;

    ThrottledSignIn(AuthenticationProvider passwords, SignInThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        if (!throttle.allows(username, address)) {
            throw new SignInPausedException();
        }
        try {
            Authentication result = passwords.authenticate(attempt);
            if (result != null) {
                throttle.succeeded(username);
            }
            return result;
        } catch (AuthenticationException e) {
            throttle.failed(username, address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }

    /** Too many failed sign-ins for this name or from this address: wait, then try again. */
    static class SignInPausedException extends LockedException {

        SignInPausedException() {
            super("too many failed sign-ins; paused");
        }
    }
}
