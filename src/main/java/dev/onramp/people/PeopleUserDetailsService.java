package dev.onramp.people;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Sign-in reads people from our own tables. An account may carry a first day of sign-in ({@code sign_in_from}, in the
 * person's zone); new hires carry none: they sign in as soon as they have set a password (pre-boarding).
 */
@Service
class PeopleUserDetailsService implements UserDetailsService {

    private final PersonRepository people;
    private final Clock clock;

    PeopleUserDetailsService(PersonRepository people, Clock clock) {
        this.people = people;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        var credentials = people.findCredentials(username)
                .filter(c -> c.passwordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        Person person = people.get(credentials.personId());
        LocalDate today = LocalDate.now(clock.withZone(person.timeZone()));
        boolean mayStart = credentials.signInFrom() == null || !today.isBefore(credentials.signInFrom());
        return new OnrampUser(person, credentials.passwordHash(), credentials.enabled() && mayStart);
    }
}
