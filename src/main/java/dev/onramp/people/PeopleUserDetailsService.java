package dev.onramp.people;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Sign-in reads people from our own tables; a new hire may sign in from their start date's week. */
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
