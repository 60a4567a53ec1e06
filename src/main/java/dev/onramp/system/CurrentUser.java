package dev.onramp.system;

import dev.onramp.people.OnrampUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in person, for services that check permissions themselves. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static OnrampUser get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof OnrampUser user) {
            return user;
        }
        throw new IllegalStateException("no signed-in person");
    }
}
