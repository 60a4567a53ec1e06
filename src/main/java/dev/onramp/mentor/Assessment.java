package dev.onramp.mentor;

import dev.onramp.people.Person;
import java.util.List;

/**
 * One candidate measured against every rule. {@code suggestion} always carries the facts (overlap,
 * mentees, team, panel), also for an ineligible candidate, so "why not" can quote them.
 */
public record Assessment(Person person, List<Ineligibility> reasons, Suggestion suggestion) {

    public Assessment {
        reasons = List.copyOf(reasons);
    }

    public boolean eligible() {
        return reasons.isEmpty();
    }
}
