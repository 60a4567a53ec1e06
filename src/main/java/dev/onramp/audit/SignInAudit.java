package dev.onramp.audit;

import dev.onramp.people.PersonRepository;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Sign-ins and failed sign-ins, from Spring Security's authentication events (the sign-in form and HTTP Basic alike).
 * A failure names the account only when one with that username exists; anything else typed is recorded as
 * {@link AuditLog#UNKNOWN} (a mistyped password in the username field must not end up in the log).
 */
@Component
class SignInAudit {

    private static final int MAX_USERNAME = 60;

    private final AuditLog audit;
    private final PersonRepository people;

    SignInAudit(AuditLog audit, PersonRepository people) {
        this.audit = audit;
        this.people = people;
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        audit.record(AuditActions.SIGN_IN, event.getAuthentication().getName(), null, null, "");
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String typed = event.getAuthentication().getName();
        String actor = typed != null && !typed.isBlank() && typed.length() <= MAX_USERNAME
                && people.findByUsername(typed).isPresent() ? typed : AuditLog.UNKNOWN;
        audit.record(AuditActions.SIGN_IN_FAILED, actor, null, null,
                "reason=" + event.getException().getClass().getSimpleName());
    }
}
