package dev.onramp.mentor;

import dev.onramp.people.Person;
import java.util.Objects;

/** Someone who might mentor the new hire, with what the caller knows about them right now. */
public record MentorCandidate(Person person, int currentMentees, boolean onHiringPanel) {

    public MentorCandidate {
        Objects.requireNonNull(person, "person");
        if (currentMentees < 0) {
            throw new IllegalArgumentException("currentMentees must not be negative");
        }
    }
}
