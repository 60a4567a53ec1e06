package dev.onramp.interview;

import dev.onramp.people.Person;
import dev.onramp.people.WorkingHours;
import java.util.Objects;

/** Someone who takes part in an interview, with the working hours slots must respect. */
public record Participant(long personId, String displayName, WorkingHours hours) {

    public Participant {
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(hours, "hours");
    }

    public static Participant of(Person person) {
        return new Participant(person.id(), person.displayName(), person.workingHours());
    }
}
