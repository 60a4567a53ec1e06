package dev.onramp.interview;

import dev.onramp.people.Person;
import dev.onramp.people.WorkingHours;
import java.util.Objects;

/** Someone in a team's interviewer pool, with this week's bookings against their weekly limit. */
public record PoolMember(long personId, String displayName, WorkingHours hours, int bookedThisWeek,
                         int weeklyLimit) {

    public static final int DEFAULT_WEEKLY_LIMIT = 4;

    public PoolMember {
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(hours, "hours");
    }

    /** A person with their own weekly limit, or {@link #DEFAULT_WEEKLY_LIMIT} when they have none. */
    public static PoolMember of(Person person, int bookedThisWeek) {
        Integer limit = person.weeklyInterviewLimit();
        return new PoolMember(person.id(), person.displayName(), person.workingHours(), bookedThisWeek,
                limit == null ? DEFAULT_WEEKLY_LIMIT : limit);
    }

    public boolean hasRoom() {
        return bookedThisWeek < weeklyLimit;
    }
}
