package dev.onramp.onboarding;

import dev.onramp.onboarding.PasswordTokens.PasswordToken;
import dev.onramp.people.Person;
import dev.onramp.people.PersonRepository;
import dev.onramp.system.NotFoundException;
import java.time.Clock;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Setting a first password through a one-time link. */
@Service
class PasswordLinks {

    private final PasswordTokens tokens;
    private final PersonRepository people;
    private final PasswordEncoder encoder;
    private final Clock clock;

    PasswordLinks(PasswordTokens tokens, PersonRepository people, PasswordEncoder encoder, Clock clock) {
        this.tokens = tokens;
        this.people = people;
        this.encoder = encoder;
        this.clock = clock;
    }

    /** The link's token, or 404 for one we never issued. */
    PasswordToken require(String token) {
        return tokens.find(token).orElseThrow(() -> new NotFoundException("password link", "?"));
    }

    boolean usable(PasswordToken token) {
        return token.usableAt(clock.instant());
    }

    Person person(PasswordToken token) {
        return people.get(token.personId());
    }

    /** Sets the password and uses up the link; throws {@link LinkGoneException} when it was used or expired. */
    @Transactional
    void setPassword(String token, String password) {
        PasswordToken link = require(token);
        if (!tokens.use(token)) {
            throw new LinkGoneException();
        }
        people.setPasswordHash(link.personId(), encoder.encode(password));
    }

    /** The link was used already, or has expired. */
    static class LinkGoneException extends RuntimeException {

        LinkGoneException() {
            super("password link used or expired");
        }
    }
}
