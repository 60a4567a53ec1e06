package dev.onramp.people;

import java.time.ZoneId;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in person: who they are in our tables, their zone and their roles. */
public class OnrampUser extends User {

    private final long personId;
    private final String displayName;
    private final ZoneId timeZone;
    private final Set<Role> roles;

    public OnrampUser(Person person, String passwordHash, boolean enabled) {
        super(person.username(), passwordHash, enabled, true, true, true, authorities(person.roles()));
        this.personId = person.id();
        this.displayName = person.displayName();
        this.timeZone = person.timeZone();
        this.roles = Set.copyOf(person.roles());
    }

    private static Collection<? extends GrantedAuthority> authorities(Set<Role> roles) {
        return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).collect(Collectors.toSet());
    }

    public long personId() {
        return personId;
    }

    public String displayName() {
        return displayName;
    }

    public ZoneId timeZone() {
        return timeZone;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Camunda candidate groups of this user: the role names. */
    public java.util.List<String> groupIds() {
        return roles.stream().map(Role::groupId).sorted().toList();
    }
}
