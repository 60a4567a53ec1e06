package dev.onramp.mentor;

import dev.onramp.people.Person;

/** A possible mentor and the reasons shown to the hiring manager. */
public record Suggestion(Person mentor, double overlapHours, int currentMentees, boolean sameTeam,
                         boolean onHiringPanel) {
}
